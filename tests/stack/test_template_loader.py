"""The template loader reads ``template.yaml`` with libyaml when it can: the same data as PyYAML's own loader."""

from __future__ import annotations

import yaml

from heyfolio.stack import template


def test_libyaml_loader_reads_the_template_as_the_python_loader_does() -> None:
    class PythonLoader(yaml.SafeLoader):
        pass

    PythonLoader.add_multi_constructor("!", template._construct_tag)
    with template.TEMPLATE_PATH.open(encoding="utf-8") as fh:
        expected = yaml.load(fh, Loader=PythonLoader)
    assert template.load_template() == expected
    assert expected["Resources"]["McpEndpointFunction"]["Properties"]["Events"]
