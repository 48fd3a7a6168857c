"""The dev server serves the template's routes over real HTTP with the deployed handlers."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support.live_server import serve


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    from heyfolio.aws.clients import clear_cache
    from heyfolio.config import get_settings
    from heyfolio.dev.local_emulator import LocalEmulator
    from heyfolio.dev.server import build_app
    from heyfolio.published import reload
    from heyfolio.storage.tables import ensure_tables

    # As `heyfolio dev` runs: the in-process AWS emulator on loopback, tables made, then the app.
    get_settings.cache_clear()
    reload()
    clear_cache()
    with LocalEmulator():
        get_settings.cache_clear()
        ensure_tables()
        with serve(build_app(get_settings())) as url:
            yield url
    clear_cache()
    get_settings.cache_clear()


def test_health_names_the_owner(base_url: str) -> None:
    body = httpx.get(f"{base_url}/healthz").json()
    assert body["status"] == "ok"
    assert body["owner"] == "Mira Okafor"
    assert body["chunks"] > 20


def test_search_returns_cited_passages(base_url: str) -> None:
    response = httpx.get(f"{base_url}/api/search", params={"q": "What has she built with Rust?", "limit": 3})
    assert response.status_code == 200
    hits = response.json()["hits"]
    assert 1 <= len(hits) <= 3
    assert all(hit["uri"].startswith("portfolio://") for hit in hits)
    # ledgerline (her Rust project) answers it: its page or its résumé entry (portfolio://profile#projects/0).
    assert any("ledgerline" in hit["uri"] or hit["title"].startswith("ledgerline") for hit in hits), hits
    assert [hit["rank"] for hit in hits] == list(range(1, len(hits) + 1))


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({}, "'q' is required"),
        ({"q": "   "}, "'q' is required"),
        ({"q": "x" * 501}, "the limit is 500"),
        ({"q": "rust", "limit": "ten"}, "must be an integer"),
        ({"q": "rust", "limit": "0"}, "from 1 to 20"),
        ({"q": "rust", "limit": "21"}, "from 1 to 20"),
        (
            {"q": "rust", "top": "3"},
            "does not take 'top': it takes q=<text of at most 500 characters>; limit=1..20",
        ),
        ({"q": "a\x00b"}, "control character U+0000"),
    ],
)
def test_bad_search_requests_get_a_clear_400(base_url: str, params: dict[str, str], fragment: str) -> None:
    response = httpx.get(f"{base_url}/api/search", params=params)
    assert response.status_code == 400
    assert fragment in response.json()["message"]


@pytest.mark.parametrize("path", ["/api/profile", "/api/projects", "/api/posts", "/api/faq", "/healthz"])
def test_public_reads_refuse_parameters_they_do_not_take(base_url: str, path: str) -> None:
    response = httpx.get(f"{base_url}{path}", params={"status": "bogus"})
    assert response.status_code == 400
    assert response.json()["message"].endswith("does not take 'status': it takes no query parameters.")


def test_profile_hides_private_contact_fields_by_default(base_url: str) -> None:
    basics = httpx.get(f"{base_url}/api/profile").json()["basics"]
    assert basics["email"] == "mira.okafor@example.com"
    assert "phone" not in basics
    assert "address" not in basics["location"] and "postalCode" not in basics["location"]
    assert basics["location"]["city"] == "Rotterdam"


def test_projects_and_a_missing_project(base_url: str) -> None:
    projects = httpx.get(f"{base_url}/api/projects").json()["projects"]
    slugs = [p["slug"] for p in projects]
    assert "ledgerline" in slugs
    one = httpx.get(f"{base_url}/api/projects/ledgerline").json()
    assert one["title"] and one["body"] and one["uri"] == "portfolio://projects/ledgerline"
    missing = httpx.get(f"{base_url}/api/projects/no-such-thing")
    assert missing.status_code == 404
    assert "GET /api/projects lists the slugs" in missing.json()["message"]


def test_web_page_assets_and_photo(base_url: str) -> None:
    page = httpx.get(f"{base_url}/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "/static/app.js" in page.text
    assert httpx.get(f"{base_url}/static/app.js").status_code == 200
    photo = httpx.get(f"{base_url}/media/photo.svg")
    assert photo.status_code == 200 and photo.headers["content-type"].startswith("image/svg+xml")


@pytest.mark.parametrize(
    "path", ["/static/../../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml", "/media/resume.json"]
)
def test_no_file_outside_the_web_folder_or_non_media_is_served(base_url: str, path: str) -> None:
    response = httpx.get(f"{base_url}{path}")
    assert response.status_code == 404


def test_unknown_route_and_wrong_method(base_url: str) -> None:
    missing = httpx.get(f"{base_url}/no/such/route")
    assert missing.status_code == 404 and "see /docs" in missing.json()["message"]
    wrong = httpx.post(f"{base_url}/api/profile", json={})
    assert wrong.status_code == 405


def test_openapi_lists_every_templated_route(base_url: str) -> None:
    from heyfolio.stack.template import function_specs

    document = httpx.get(f"{base_url}/openapi.json").json()
    for spec in function_specs():
        for route in spec.routes:
            assert route.path in document["paths"], route.path
    assert httpx.get(f"{base_url}/docs").status_code == 200
