"""What a named tool is: the plain words an ad writes beside a tool to say what it is for.

Why: "Orchestrating workflows with Apache Airflow", "transformation models in dbt", "distributed data
processing (Spark)" ask for Airflow, dbt and Spark; "workflows", "transformation" and "distributed" only say
what those tools are. A résumé that shows the tool rarely repeats its description ("Moved 310 Airflow DAGs to
Cloud Composer"), so the plain word was read as not shown and the ask as partial. Where the ask names the
tool and the content shows it, the words of the tool's own kind are shown with it, at the tool's evidence.
Only the tool's kind: what was done with it ("migrating", "tuning", "at scale") must still be shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from heyfolio.search.text import analyze

__all__ = ["KIND_WORDS", "kind_terms"]


def _kinds(tools: str, words: str) -> dict[str, frozenset[str]]:
    stems = frozenset(analyze(words))
    return {t.strip(): stems for t in tools.split(",")}


# tool (as written, case-insensitive) -> the index terms of the words that say what kind of tool it is
KIND_WORDS: dict[str, frozenset[str]] = {
    **_kinds(
        "airflow, apache airflow, dagster, prefect, luigi, argo workflows, step functions, cloud composer",
        "workflow workflows orchestration orchestrating orchestrate scheduling scheduler dag dags",
    ),
    **_kinds("dbt", "transformation transformations transform transforming models modelling modeling"),
    **_kinds(
        "spark, pyspark, apache spark, flink, apache flink, beam, apache beam, hadoop, dask, ray",
        "distributed processing parallel big data",
    ),
    **_kinds(
        "kafka, apache kafka, redpanda, pulsar, kinesis, rabbitmq, nats, sqs, pub/sub",
        "messaging message messages broker brokers queue queues queueing streaming stream streams event events",
    ),
    **_kinds(
        "terraform, pulumi, cloudformation, cdk, opentofu",
        "infrastructure provisioning provision declarative",
    ),
    **_kinds("ansible, chef, puppet, saltstack", "configuration provisioning automation automate"),
    **_kinds(
        "kubernetes, eks, gke, aks, openshift, nomad",
        "container containers containerised containerized orchestration orchestrating cluster clusters",
    ),
    **_kinds(
        "django, flask, fastapi, ruby on rails, rails, laravel, symfony, express, nestjs, spring boot, ktor, "
        "phoenix, asp.net",
        "web framework frameworks",
    ),
    **_kinds("docker, podman", "container containers containerised containerized containerisation images"),
    **_kinds(
        "prometheus, datadog, new relic, honeycomb, dynatrace",
        "monitoring metrics alerting alerts observability",
    ),
    **_kinds("grafana", "monitoring dashboards dashboard visualisation visualization observability"),
    **_kinds("opentelemetry, jaeger, zipkin", "tracing traces instrumentation observability telemetry"),
    **_kinds("loki, splunk, elk", "logging logs log observability"),
    **_kinds(
        "postgresql, postgres, mysql, mariadb, sql server, oracle database, sqlite, aurora, cockroachdb",
        "relational database databases rdbms sql",
    ),
    **_kinds(
        "mongodb, dynamodb, cassandra, couchbase, couchdb, firestore, scylladb",
        "nosql database databases document key-value",
    ),
    **_kinds("redis, memcached, valkey", "cache caching in-memory key-value"),
    # a language is what one programs, codes or scripts in: "Scripting in Python", "Coding in Go"
    **_kinds(
        "go, golang, rust, java, kotlin, scala, c, c++, c#, swift, objective-c, typescript, dart, haskell, "
        "elixir, erlang, clojure, julia, fortran, r, matlab",
        "programming program coding code language languages",
    ),
    **_kinds(
        "python, bash, shell, perl, ruby, powershell, lua, javascript, groovy, tcl",
        "programming program coding code language languages scripting script scripts",
    ),
    **_kinds(
        "core data, realm, room, sqldelight, swiftdata, objectbox, isar, hive",
        "persistence persistent local storage on-device database offline",
    ),
    **_kinds(
        "snomed ct, snomed, loinc, rxnorm, icd-10, icd-11", "terminology terminologies coding vocabulary"
    ),
    **_kinds("elasticsearch, opensearch, solr", "search full-text indexing"),
    **_kinds(
        "bigquery, snowflake, redshift, clickhouse, synapse", "warehouse warehousing analytics olap columnar"
    ),
    **_kinds(
        "github actions, gitlab ci, jenkins, circleci, buildkite, teamcity, travis ci, bitrise",
        "ci cd continuous integration delivery build builds pipeline pipelines",
    ),
    # CI/CD is run as pipelines: "CI/CD pipelines" asks CI/CD, whatever word the content uses for the runs
    **_kinds("ci/cd, ci, cicd, ci-cd", "pipeline pipelines build builds"),
    **_kinds("fastlane", "release automation releases pipeline pipelines"),
    **_kinds("argo cd, flux, fluxcd", "gitops continuous delivery deployment deployments"),
    **_kinds("helm", "charts packaging templating"),
    **_kinds("swiftui, jetpack compose, flutter", "declarative ui"),
    **_kinds("pytorch, tensorflow, jax, keras", "deep learning neural networks"),
    **_kinds("mlflow, weights & biases", "experiment tracking registry"),
    **_kinds("hashicorp vault, vault, secrets manager", "secrets secret"),
    **_kinds("keycloak, okta, auth0", "identity sso single sign-on authentication"),
    **_kinds("semgrep, codeql, sonarqube", "static analysis sast scanning scanner scanners rule rules"),
    **_kinds("debezium", "change data capture cdc connectors"),
    **_kinds("etl, elt", "pipeline pipelines data integration"),
    **_kinds("metabase, looker, tableau, power bi, superset", "dashboards dashboard reporting visualisation"),
    **_kinds("jest, pytest, junit, xctest, vitest, mocha", "unit testing tests test"),
    **_kinds("playwright, cypress, detox, selenium", "end-to-end e2e testing tests test automation"),
    **_kinds("espresso", "ui testing tests test"),
    **_kinds("testcontainers", "integration testing tests test containers"),
}


def kind_terms(tools: Iterable[str]) -> frozenset[str]:
    """The index terms saying what kind of thing any of ``tools`` (names as written) is."""
    out: set[str] = set()
    for t in tools:
        out |= KIND_WORDS.get(t.casefold().strip(), frozenset())
    return frozenset(out)
