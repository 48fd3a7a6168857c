"""Well-known names of languages, frameworks, platforms and tools, as a visitor types them in lower case.

Why: a question that capitalises "Flutter" or "Rust" marks it as the name it asks about, so a
portfolio that never names it does not answer, however close its other passages ("has she shipped
anything in Flutter?"). Typed in a hurry, "has she shipped anything in flutter" carries no capital,
and many of these names are also words of the language (flutter, rust, snowflake, spark, unity), so
neither the capital nor the word's rarity tells a name apart from phrasing. A technology's name is
a name however it is written: this list is what the question reader knows as one. Read from the
general landscape of software (languages, frameworks, data stores, clouds, infrastructure and
tooling), not from any question set; only names, never the generic words of a field ("database",
"queue", "server"), which a passage may say in other words.
"""

from __future__ import annotations

__all__ = ["TECHNOLOGY_NAMES"]

# fmt: off
TECHNOLOGY_NAMES: frozenset[str] = frozenset((
    # programming languages
    "python", "java", "javascript", "typescript", "ruby", "rust", "scala", "kotlin", "swift", "elixir",
    "erlang", "haskell", "clojure", "ocaml", "fsharp", "php", "perl", "lua", "dart", "groovy",
    "fortran", "cobol", "matlab", "solidity", "zig", "nim", "objc", "delphi", "prolog", "lisp", "vba",
    "powershell", "webassembly", "wasm", "verilog", "vhdl", "cuda", "opencl",
    # platforms
    "android", "ios", "linux", "unix", "macos", "watchos", "tvos", "visionos",
    # web and app frameworks
    "react", "vue", "angular", "angularjs", "svelte", "sveltekit", "jquery", "nextjs", "nuxt", "gatsby",
    "solidjs", "preact", "redux", "mobx", "django", "flask", "fastapi", "rails", "laravel", "symfony",
    "nestjs", "sinatra", "actix", "axum", "dotnet", "blazor", "xamarin", "flutter", "ionic", "cordova",
    "nativescript", "tauri", "qt", "gtk", "godot", "swiftui", "uikit", "jetpack", "graphql", "grpc",
    "protobuf", "webgl", "threejs", "d3",
    # data stores, streaming and analytics
    "postgresql", "mysql", "mariadb", "sqlite", "mssql", "mongodb", "couchdb", "couchbase", "cassandra",
    "scylladb", "dynamodb", "cosmosdb", "firestore", "firebase", "supabase", "redis", "memcached",
    "elasticsearch", "opensearch", "solr", "neo4j", "clickhouse", "snowflake", "bigquery", "redshift",
    "databricks", "teradata", "vertica", "trino", "hadoop", "hdfs", "spark", "pyspark", "flink",
    "kafka", "pulsar", "kinesis", "rabbitmq", "activemq", "nats", "zeromq", "airflow", "dagster", "dbt",
    "fivetran", "airbyte", "looker", "tableau", "powerbi", "metabase", "pandas", "polars", "numpy",
    "scipy", "dask", "duckdb", "hudi", "avro", "influxdb", "timescaledb", "prometheus",
    # machine learning
    "tensorflow", "pytorch", "keras", "jax", "scikit", "xgboost", "lightgbm", "catboost", "huggingface",
    "langchain", "mlflow", "kubeflow", "sagemaker", "opencv", "spacy", "nltk",
    # clouds, infrastructure and operations
    "aws", "azure", "gcp", "heroku", "vercel", "netlify", "cloudflare", "digitalocean", "linode",
    "openstack", "openshift", "kubernetes", "docker", "podman", "helm", "kustomize", "istio", "linkerd",
    "terraform", "pulumi", "ansible", "saltstack", "cloudformation", "jenkins", "circleci", "teamcity",
    "argocd", "spinnaker", "grafana", "datadog", "splunk", "newrelic", "dynatrace", "pagerduty",
    "opentelemetry", "jaeger", "zipkin", "nginx", "haproxy", "traefik", "tomcat", "fargate", "ecs",
    "eks", "aks", "gke", "ec2", "s3", "cloudfront", "bigtable",
    # tools, platforms and enterprise software
    "git", "jira", "figma", "salesforce", "sap", "servicenow", "shopify", "magento", "wordpress",
    "drupal", "twilio", "webpack", "vite", "eslint", "cypress", "selenium", "gradle", "maven", "bazel",
    "cmake", "arduino", "esp32", "ros", "autocad", "solidworks", "labview", "simulink",
))
# fmt: on
