"""Related skills for job fit, organised by concept: a general vocabulary, reviewed by hand, that
holds for any owner's content (nothing here names the sample owners' projects or employers).

Why by concept: a job ad and a résumé name the same thing differently (a recruiter writes "ARM
instances", an engineer "Graviton"; an ad "learners", a club "students"). Each concept says which
words *show* it (a narrower or same thing: Graviton is an ARM instance, so it shows "ARM") and
which are only *related* (cloud spend is related to FinOps, not FinOps itself: partial evidence).
Links run one way, from the thing asked to what shows it; the reverse is not implied (EKS shows
Kubernetes; Kubernetes does not show EKS).

``SHOWN_BY`` and ``RELATED_TO`` are merged into the matcher's own tables (``assess``); ``CATEGORIES`` (below)
groups technologies by kind, for comparable tools.
"""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "CATEGORIES", "CATEGORY_OF", "CONCEPTS", "RELATED_TO", "SHOWN_BY"]

# Countries of a region a posting asks the owner to live or work in (the region is shown by one of them).
_EU = str.split(
    "austria belgium bulgaria croatia cyprus czechia denmark estonia finland france germany greece hungary "
    "ireland italy latvia lithuania luxembourg malta netherlands poland portugal romania slovakia slovenia "
    "spain sweden"
)
_SOUTH_AMERICA = str.split(
    "argentina bolivia brazil chile colombia ecuador guyana paraguay peru suriname uruguay venezuela"
)
_CENTRAL_AMERICA = ("costa rica", "el salvador", "guatemala", "honduras", "nicaragua", "panama")
_ASIA = (
    "south korea", "korea", "japan", "china", "taiwan", "hong kong", "singapore", "india", "vietnam",
    "thailand", "indonesia", "malaysia", "philippines",
)  # fmt: skip

# concept -> (asked as, shown by, related only)
CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # Hardware and cloud
    "ARM processors": (
        ("arm", "arm64", "aarch64"),
        ("graviton", "arm64", "aarch64", "apple silicon", "cortex-m", "cortex-a"),
        (),
    ),
    "GPU computing": (("gpu", "gpus"), ("cuda", "gpu", "gpus"), ("webgl", "webgpu", "glsl", "shader")),
    "Cloud cost management": (("finops",), ("finops",), ("aws spend", "cloud spend", "cost", "right-sizing")),
    # Reliability
    "Service-level objectives": (
        ("slo", "slos", "sli", "service level objective"),
        ("slo", "slos", "service level objective", "error budget"),
        ("p99", "p95", "mean time to recovery", "sla", "latency target"),
    ),
    "Event streaming": (
        ("event streaming", "event-streaming", "streaming platform"),
        ("event ingestion", "event pipeline", "kafka", "redpanda", "pulsar", "kinesis", "stream processing"),
        ("message queue", "rabbitmq", "sqs"),
    ),
    # JavaScript by the edition of its standard ("ES6+", "ES2015"): the language, as "HTML5" is HTML
    "Modern JavaScript": (
        ("es6", "es6+", "es2015", "es2015+", "ecmascript 6", "ecmascript 2015"),
        ("javascript", "es6", "es2015", "ecmascript"),
        (),
    ),
    # Speech to text by its initials ("ASR", "STT") or in words
    "Speech recognition": (
        ("asr", "automatic speech recognition", "stt", "speech-to-text"),
        ("speech recognition", "asr", "speech-to-text", "automatic speech recognition"),
        (),
    ),
    # The stages software goes through, by its initials; a secure one by the secure development it names
    "Software development lifecycle": (
        (
            "sdlc",
            "software development lifecycle",
            "software development life cycle",
            "secure development lifecycle",
            "secure development life cycle",
            "secure software development lifecycle",
            "secure sdlc",
        ),
        (
            "sdlc",
            "software development lifecycle",
            "software development life cycle",
            "secure software development",
        ),
        (),
    ),
    # Embedded: firmware sent to devices in the field over a radio link, by its initials or in words
    "Over-the-air updates": (
        ("ota", "fota"),
        ("over-the-air", "over the air", "ota", "fota"),
        (),
    ),
    "Caching": (
        ("caching", "cache", "caches"),
        ("cache", "caching", "cached", "redis", "memcached", "varnish", "cdn"),
        (),
    ),
    "NoSQL databases": (
        ("nosql",),
        (
            "nosql",
            "redis",
            "mongodb",
            "dynamodb",
            "cassandra",
            "couchbase",
            "couchdb",
            "firestore",
            "scylladb",
        ),
        ("key-value store",),
    ),
    # Performance: how fast an app opens is its startup time, never a start-up (a young company)
    "App startup time": (
        ("startup time", "start-up time", "launch time", "cold start"),
        ("startup time", "start-up time", "launch time", "cold start", "cold-start", "time to interactive"),
        ("performance", "load time", "latency"),
    ),
    # A web app is what web development makes
    "Web applications": (
        ("web app", "web apps", "web application", "web applications"),
        ("web app", "web apps", "web application", "web applications", "web development", "web developer"),
        ("website", "frontend", "html"),
    ),
    # Data: a warehouse product is a data warehouse; an ETL tool only feeds one
    "Data warehousing": (
        ("data warehousing", "data warehouse", "data warehouses"),
        ("data warehouse", "bigquery", "snowflake", "redshift", "synapse", "clickhouse"),
        ("etl", "elt", "dbt", "data lake"),
    ),
    "Microservices": (
        ("microservices", "microservice", "service-oriented"),
        ("microservices", "microservice", "service-oriented"),
        ("grpc", "service mesh", "kubernetes"),
    ),
    # Places: a region is shown by a country or city in it (where the owner lives or works)
    "Europe": (
        ("europe", "european", "emea"),
        (
            "netherlands",
            "germany",
            "united kingdom",
            "belgium",
            "france",
            "spain",
            "italy",
            "portugal",
            "ireland",
            "austria",
            "switzerland",
            "denmark",
            "sweden",
            "norway",
            "finland",
            "poland",
            "czechia",
            "european",
        ),
        (),
    ),
    "European Union": (("eu", "european union"), (*_EU, "european union"), ()),
    "North America": (
        ("north america", "north american"),
        ("canada", "united states", "usa", "mexico", "north america", "north american"),
        (),
    ),
    "South America": (("south america", "south american"), (*_SOUTH_AMERICA, "south america"), ()),
    "Latin America": (
        ("latin america", "latin american", "latam"),
        (*_SOUTH_AMERICA, *_CENTRAL_AMERICA, "mexico", "latin america", "latam"),
        (),
    ),
    "Asia": (("asia", "asian"), (*_ASIA, "asia"), ()),
    "Asia-Pacific": (
        ("apac", "asia-pacific", "asia pacific"),
        (*_ASIA, "australia", "new zealand", "apac"),
        (),
    ),
    "East Asia": (("east asia",), ("south korea", "korea", "japan", "china", "taiwan", "hong kong"), ()),
    # Industries
    "Financial technology": (
        ("fintech", "financial technology", "financial services"),
        ("fintech", "payments", "payment", "banking", "neobank", "card payments", "lending"),
        ("reconciliation", "ledger"),
    ),
    # Data science
    "Model validation": (
        ("cross-validation", "backtesting", "backtest", "backtests"),
        ("cross-validation", "backtest", "backtests", "backtesting", "holdout", "walk-forward"),
        ("evaluation",),
    ),
    # Teaching and people
    "Learners": (("learner", "learners"), ("students", "pupils", "trainees", "learners"), ()),
    "Young people": (
        ("kids", "teenagers", "teens", "youth"),
        (
            "young people",
            "children",
            "teenagers",
            "teens",
            "kids",
            "pupils",
            "schoolchildren",
            "middle-school students",
            "high-school students",
            "secondary-school students",
        ),
        (),
    ),
    "Programming": (("programming", "coding"), ("coding", "programming", "code club"), ()),
    "Leadership": (
        ("leadership",),
        (
            "leadership",
            "team lead",
            "tech lead",
            "technical lead",
            "ceo",
            "cto",
            "president",
            "head of",
            "director",
        ),
        ("mentor", "mentoring", "mentored"),
    ),
    "Entrepreneurship": (
        ("entrepreneurship", "entrepreneurial", "entrepreneur"),
        ("entrepreneur", "founder", "co-founder", "founded", "co-founded"),
        ("startup", "start-up"),  # working at one is not starting one
    ),
    "Founding a company": (
        ("founded", "co-founded", "cofounded", "founding"),
        ("founder", "co-founder", "cofounder", "founded", "co-founded"),
        (),
    ),
    # Ways of working
    "Manual work": (("manual", "manually"), ("by hand", "hand-managed", "manually", "manual"), ()),
    # Media
    "Video encoding": (
        ("video encoding", "video coding", "video codec", "video codecs", "codec", "codecs"),
        ("video compression", "video codec", "mpeg", "h.264", "hevc", "av1"),
        ("compression", "codec"),
    ),
    "Images": (
        ("image", "images", "imagery"),
        ("gif", "jpeg", "jpg", "png", "webp", "svg", "sprite", "sprites", "bitmap"),
        ("video", "mpeg", "mp4"),
    ),
    "Maps": (
        ("maps",),  # a maps feature; GIS and geospatial analysis are a discipline a maps app does not show
        ("googlemaps", "google maps", "mapbox", "leaflet", "openstreetmap", "mapping engine"),
        (),
    ),
    "Sensor data": (
        ("sensor", "sensors", "telemetry", "iot"),
        ("sensor", "sensors", "telemetry", "iot", "ais", "gps", "transponder", "transponders", "smart meter"),
        ("embedded", "microcontroller", "esp32"),
    ),
    "Optimisation solvers": (
        ("solver", "solvers"),
        ("or-tools", "gurobi", "cplex", "cp-sat", "scip", "optaplanner", "solver"),
        ("optimisation", "optimization", "linear programming"),
    ),
    "Startup competitions": (
        ("startup competition", "startup competitions", "pitch competition", "pitched", "pitching", "pitch"),
        ("techcrunch disrupt", "startup battlefield", "pitch competition", "demo day", "pitched"),
        ("talk", "conference", "hackathon"),
    ),
    "Deep learning": (
        ("deep learning",),
        ("deep learning", "neural network", "neural networks", "pytorch", "tensorflow", "keras", "jax"),
        ("convolutional network", "sequence model", "transformer", "lstm", "recurrent network"),
    ),
    # Research
    "Research papers": (
        ("paper", "papers", "research paper", "research papers", "publish", "published", "publications"),
        ("publication", "publications", "paper", "proceedings", "journal", "published"),
        ("thesis", "talk"),
    ),
    # Operations research
    "Vehicle routing": (
        ("vehicle routing", "route optimisation", "route optimization", "routing optimisation"),
        (
            "vehicle routing",
            "courier routing",
            "delivery routing",
            "fleet routing",
            "route planning",
            "route optimisation",
            "route optimization",
        ),
        ("routing", "or-tools", "dispatch"),
    ),
    # Ways of building
    "Prototypes": (
        ("prototype", "prototypes", "prototyping", "proof of concept", "mvp"),
        (
            "prototype",
            "prototypes",
            "hackathon project",
            "proof of concept",
            "proof-of-concept",
            "mvp",
            "first version",
            "pilot",
        ),
        ("hackathon",),
    ),
    "Technical direction": (
        ("technical strategy", "technology strategy", "engineering strategy", "strategy", "technical vision"),
        (
            "technical strategy",
            "technology strategy",
            "engineering strategy",
            "technical vision",
            "technical direction",
        ),
        ("direction", "roadmap"),
    ),
    "Beginners": (
        ("first-time", "beginner", "beginners", "novice", "novices", "newcomers"),
        ("newbie", "newbies", "beginner", "beginners", "novice", "first-time", "newcomers"),
        (),
    ),
    # Testing and delivery
    "End-to-end testing": (
        ("end-to-end", "e2e", "end-to-end testing", "end-to-end tests", "browser testing"),
        (
            "end-to-end",
            "e2e",
            "playwright",
            "cypress",
            "selenium",
            "webdriver",
            "puppeteer",
            "detox",
            "testcafe",
        ),
        ("integration tests", "integration testing", "visual regression"),
    ),
    "Unit testing": (
        ("unit testing", "unit tests", "unit test"),
        (
            "unit test",
            "unit tests",
            "jest",
            "vitest",
            "mocha",
            "pytest",
            "junit",
            "xctest",
            "react testing library",
        ),
        ("test coverage",),
    ),
    "Error monitoring": (
        ("error monitoring", "error tracking", "crash reporting"),
        ("sentry", "bugsnag", "rollbar", "crashlytics", "crash reports", "error tracking"),
        ("crash-free",),
    ),
    # The web
    "Web performance": (
        ("core web vitals", "web vitals", "web performance", "page speed", "page load"),
        (
            "core web vitals",
            "web vitals",
            "largest contentful paint",
            "interaction to next paint",
            "first input delay",
            "cumulative layout shift",
            "time to interactive",
            "lighthouse",
        ),
        ("code splitting", "lazy loading", "bundle size"),
    ),
    "Screen readers": (
        ("screen reader", "screen readers", "assistive technology", "assistive technologies"),
        ("screen reader", "screen-reader", "voiceover", "talkback", "jaws", "nvda", "narrator"),
        (),
    ),
    # Building for disabled people is shown by what it is built to: a screen reader, the web's accessibility
    # standard, a route a wheelchair can take; "accessibility" alone is related (its stem is also "access")
    "People with disabilities": (
        ("disabilities", "disability", "disabled", "inclusive design"),
        (
            "screen reader",
            "screen-reader",
            "voiceover",
            "talkback",
            "wcag",
            "wheelchair",
            "low-vision",
            "deaf",
            "inclusive design",
        ),
        ("accessibility", "a11y"),
    ),
    "State management": (
        ("state management",),
        ("redux", "mobx", "zustand", "recoil", "vuex", "pinia", "ngrx", "xstate", "state management"),
        (),
    ),
    "Internationalisation": (
        ("internationalisation", "internationalization", "i18n", "localisation", "localization", "l10n"),
        ("internationalisation", "internationalization", "i18n", "localisation", "localization", "l10n"),
        ("translation", "translations", "multilingual"),
    ),
    # Delivery: a hosted CI service or a release-automation tool is what a CI/CD pipeline is built with
    "Continuous integration and delivery": (
        ("ci/cd", "cicd", "continuous integration", "continuous delivery", "continuous deployment"),
        (
            "ci/cd",
            "continuous integration",
            "continuous delivery",
            "continuous deployment",
            "github actions",
            "gitlab ci",
            "jenkins",
            "circleci",
            "bitrise",
            "buildkite",
            "travis ci",
            "teamcity",
            "azure pipelines",
        ),
        ("fastlane", "release train", "release pipeline"),
    ),
    # Mobile delivery: the build-and-release tools made for app stores are what a mobile pipeline runs on
    "Mobile CI/CD": (
        ("mobile ci/cd", "mobile ci", "mobile cicd", "mobile release automation"),
        ("fastlane", "bitrise", "codemagic", "eas build", "xcode cloud", "app center", "appcenter"),
        ("testflight", "release train"),
    ),
    # Sectors: a regulated industry is one whose work a regulator or auditor reviews (money, health, insurance)
    "Regulated industries": (
        ("regulated industry", "regulated industries", "regulated environment", "regulated environments"),
        (
            "banking",
            "bank",
            "fintech",
            "insurance",
            "healthcare",
            "medical device",
            "pharmaceutical",
            "payments",
        ),
        ("compliance", "audit", "security review"),
    ),
    "Healthcare": (
        ("healthcare", "health care", "healthtech", "health tech"),
        (
            "healthcare",
            "health care",
            "healthtech",
            "hospital",
            "hospitals",
            "medical",
            "telehealth",
            "telemedicine",
            "e-health",
            "ehealth",
            "digital health",
            "patient",
            "patients",
            "pharmacy",
        ),
        (),
    ),
    # Leading a product's technical direction is what a tech lead does; a strategy is asked of an organisation
    "Technical direction of a product": (
        ("technical direction", "technical leadership"),
        ("technical direction", "tech lead", "technical lead", "technical leadership"),
        ("architecture", "roadmap"),
    ),
    # Platforms: an iOS or Android app is mobile work, whatever the role calls it
    "Mobile development": (
        ("mobile",),
        (
            "mobile",
            "ios",
            "android",
            "iphone",
            "ipad",
            "swiftui",
            "jetpack compose",
            "react native",
            "flutter",
        ),
        (),
    ),
    # Goals are set by a method a résumé names (OKRs), rarely by the words "goal setting"
    "Goal setting": (
        ("goal setting", "goal-setting", "setting goals"),
        ("goal setting", "goal-setting", "okr", "okrs", "objectives and key results"),
        (),
    ),
    # Hiring: who hired people interviewed them
    "Interviewing": (
        ("interview", "interviews", "interviewing"),
        ("interviewed", "interviewing", "interviews", "hired", "hiring", "recruited"),
        (),
    ),
    # The building industry as ads abbreviate it (AEC: architecture, engineering and construction): an
    # architect's or a construction-tech engineer's work is in it
    "Architecture, engineering and construction": (
        ("aec", "built environment", "architecture, engineering and construction"),
        ("aec", "architecture", "architect", "architects", "construction", "bim", "built environment"),
        (),
    ),
    # Parametric design is done in the visual-programming tools of the building trade, which résumés name
    "Parametric design": (
        (
            "parametric",
            "parametric design",
            "parametric modelling",
            "parametric modeling",
            "visual programming",
        ),
        ("parametric", "grasshopper", "dynamo", "computational design"),
        (),
    ),
    # Compliance is meeting a named standard or regulator: a résumé names the standard, the audit passed
    # or the reports filed ("PCI DSS readiness", "monthly regulatory reports"), rarely the word
    "Compliance": (
        ("compliance",),
        (
            "pci dss",
            "pci-dss",
            "iso 27001",
            "soc 2",
            "soc2",
            "hipaa",
            "gdpr",
            "sox",
            "regulatory reporting",
            "regulatory reports",
            "compliant",
        ),
        (),
    ),
    # Who may use what: a résumé names the products and protocols (Keycloak, OIDC, MFA), not the field
    "Identity and access management": (
        ("identity and access management", "iam", "access management"),
        (
            "identity and access management",
            "single sign-on",
            "sso",
            "keycloak",
            "okta",
            "auth0",
            "active directory",
            "oidc",
            "openid connect",
            "saml",
            "rbac",
            "mfa",
        ),
        (),
    ),
    "Single sign-on": (
        ("sso", "single sign-on", "single sign on"),
        ("single sign-on", "single sign on", "sso", "saml", "openid connect", "keycloak", "okta", "auth0"),
        (),
    ),
    # Getting rid of something: an ad "eliminates" or "retires" what a résumé "removed" or "deleted"
    "Elimination": (
        ("eliminate", "eliminated", "eliminating", "elimination"),
        ("removed", "remove", "removing", "deleted", "retired", "retiring", "eliminated", "eliminating"),
        (),
    ),
    # Labelling data is annotating it, in either word (and either spelling)
    "Data labelling": (
        ("labelling", "labeling", "data labelling", "data labeling", "data annotation"),
        (
            "annotation",
            "annotated",
            "annotators",
            "annotating",
            "labelled",
            "labeled",
            "labelling",
            "labeling",
        ),
        (),
    ),
    # Geospatial data is worked with through its own tools (a spatial database, GIS software, its formats)
    "Geospatial data": (
        ("geospatial", "geospatial data", "gis", "gis data", "spatial data"),
        (
            "postgis",
            "qgis",
            "arcgis",
            "geojson",
            "geopandas",
            "gdal",
            "shapefile",
            "shapefiles",
            "geospatial",
        ),
        (),  # a maps app is not related evidence either: with "data" beside it, it would add up to a match
    ),
    # Documentation is what a résumé calls by its kind: runbooks, a README, a user guide
    "Documentation": (
        ("documentation",),
        (
            "documentation",
            "runbook",
            "runbooks",
            "readme",
            "user guide",
            "user guides",
            "api reference",
            "playbooks",
        ),
        ("docs", "wiki", "technical writing"),
    ),
    # Adult learners are named by who they are or where they learn: career changers, an evening school,
    # university students
    "Adult learners": (
        ("adult", "adults", "adult learner", "adult learners"),
        (
            "adults",
            "adult learners",
            "adult education",
            "career changers",
            "career changer",
            "career-changers",
            "evening school",
            "evening classes",
            "evening courses",
            "night school",
            "continuing education",
            "undergraduates",
            "bachelor students",
            "master's students",
            "university students",
            "postgraduates",
        ),
        (),
    ),
    # Site reliability engineering: the discipline, its short form and the engineers' title
    "Site reliability engineering": (
        ("sre", "site reliability engineering", "site reliability"),
        ("site reliability", "sre"),
        (),
    ),
    # GitOps is done with its tools: a cluster synced from Git by Argo CD or Flux
    "GitOps": (("gitops",), ("gitops", "argo cd", "argocd", "flux", "fluxcd"), ()),
    # Error budgets come with SLOs: burn-rate alerts are spending one
    "Error budgets": (
        ("error budget", "error budgets"),
        ("error budget", "error budgets", "burn-rate", "burn rate"),
        ("slo", "slos"),
    ),
    # High-performance computing is done on a cluster's scheduler or with MPI
    "High-performance computing": (
        ("hpc", "high-performance computing", "high performance computing"),
        (
            "hpc",
            "high-performance computing",
            "high performance computing",
            "slurm",
            "mpi",
            "supercomputer",
            "pbs",
        ),
        (),
    ),
    # Model compression is done by distilling, quantizing or pruning a model
    "Model compression": (
        ("model compression",),
        ("model compression", "distillation", "distilled", "quantization", "quantized", "pruning", "pruned"),
        (),
    ),
    # Wireless protocols are named by the protocol: LoRaWAN, Bluetooth, Zigbee
    "Wireless protocols": (
        ("wireless", "wireless protocols", "wireless communication", "wireless connectivity"),
        (
            "wireless",
            "lorawan",
            "lora",
            "bluetooth",
            "ble",
            "zigbee",
            "wi-fi",
            "wifi",
            "nb-iot",
            "lte-m",
            "nfc",
            "rfid",
        ),
        (),
    ),
    # Industrial and building-automation protocols are named by the protocol: Modbus, PROFINET, BACnet
    "Industrial protocols": (
        (
            "industrial protocols",
            "industrial communication protocols",
            "industrial communication",
            "fieldbus",
            "fieldbus protocols",
            "ot protocols",
        ),
        (
            "modbus",
            "modbus tcp",
            "modbus rtu",
            "profibus",
            "profinet",
            "ethercat",
            "ethernet/ip",
            "opc ua",
            "opc-ua",
            "canopen",
            "can bus",
            "devicenet",
            "hart",
        ),
        (),
    ),
    "Building automation protocols": (
        (
            "building automation protocols",
            "bms protocols",
            "building protocols",
            "building automation protocol",
        ),
        ("bacnet", "bacnet/ip", "modbus", "lonworks", "knx", "dali", "m-bus"),
        (),
    ),
    # IoT messaging is named by the protocol: MQTT, CoAP, AMQP, LwM2M
    "IoT protocols": (
        ("iot protocols", "messaging protocols", "telemetry protocols"),
        ("mqtt", "coap", "amqp", "lwm2m"),
        (),
    ),
    # A building management system is named by its product or written out
    "Building management systems": (
        (
            "building management system",
            "building management systems",
            "bms",
            "building automation system",
            "building automation systems",
        ),
        (
            "building management system",
            "building-management system",
            "building automation",
            "building-automation",
            "metasys",
            "desigo",
            "niagara",
            "tridium",
        ),
        (),
    ),
    # An engineering discipline is the discipline, not its field's word: "electrical engineering" is not shown by
    # an electrician's trade or an employer called "Halvorsen Electric" (related, partial)
    "Electrical engineering": (
        ("electrical engineering",),
        (
            "electrical engineering",
            "electrical engineer",
            "electrical and electronic engineering",
            "electrical & electronic engineering",
            "electrical and electronics engineering",
            "electronic and electrical engineering",
            "electrical and computer engineering",
            "electronics engineering",
            "electronic engineering",
        ),
        ("electrician", "electrical", "electronics"),
    ),
    "Mechanical engineering": (
        ("mechanical engineering",),
        ("mechanical engineering", "mechanical engineer", "mechatronics"),
        ("mechanical",),
    ),
    "Civil engineering": (
        ("civil engineering",),
        ("civil engineering", "civil engineer", "structural engineering", "structural engineer"),
        ("construction",),
    ),
    # Google Play is where an Android app's downloads come from: a released Android app counted in downloads
    "Google Play": (
        ("google play", "play store", "google play store"),
        ("google play", "play store", "play console", "android downloads"),
        (),
    ),
    # Facing customers is a job's daily work, which a résumé names by its desk or queue, not by the ad's word
    "Customer-facing work": (
        ("customer-facing", "client-facing", "customer facing", "client facing"),
        (
            "customer-facing",
            "client-facing",
            "customer support",
            "customer service",
            "support queue",
            "support desk",
            "help desk",
            "helpdesk",
            "front desk",
            "front office",
            "customer success",
        ),
        (),
    ),
    # A scheduler of data jobs is a workflow orchestrator
    "Workflow orchestration": (
        ("workflow orchestrator", "workflow orchestration", "workflow scheduler", "workflow engine"),
        (
            "airflow",
            "dagster",
            "prefect",
            "luigi",
            "argo workflows",
            "step functions",
            "cloud composer",
            "temporal",
            "workflow orchestrator",
        ),
        ("cron", "dag", "dags"),
    ),
    # A named standard shows "standards" of its kind: WCAG is the web's accessibility standard
    "Accessibility standards": (
        ("accessibility standards", "accessibility standard", "accessibility guidelines"),
        ("wcag", "section 508", "en 301 549", "accessibility audit", "accessibility audits"),
        ("accessibility", "aria"),
    ),
    "Automotive SPICE": (("aspice",), ("automotive spice", "aspice"), ("iso 26262",)),
    # What a cluster autoscaler does, shown by the autoscaler itself
    "Autoscaling": (
        ("autoscaling", "auto-scaling", "autoscaler"),
        (
            "autoscaling",
            "auto-scaling",
            "karpenter",
            "cluster autoscaler",
            "keda",
            "horizontal pod autoscaler",
        ),
        ("spot instances", "right-sizing"),
    ),
    # A cross-platform app is written once for iOS and Android, in a framework made for that
    "Cross-platform mobile": (
        ("cross-platform",),
        ("cross-platform", "react native", "flutter", "xamarin", "kotlin multiplatform", "ionic"),
        ("ios", "android"),
    ),
    # A hiring pipeline is the process candidates go through: built, it is written as the process or the loop
    "Hiring process": (
        ("hiring pipeline", "recruiting pipeline", "hiring process", "interview process"),
        ("hiring process", "interview process", "interview loop", "hiring loop", "recruiting process"),
        ("hiring", "interviews", "interviewed", "hired"),
    ),
    # Alert fatigue is too many pages: cutting them, or the noisy alerts behind them, is reducing it
    "Alert fatigue": (
        ("alert fatigue", "pager fatigue", "alert noise"),
        ("alert fatigue", "noisy alerts", "alert noise", "alert clean-up", "alert cleanup", "on-call pages"),
        ("alerts", "alerting", "on-call"),
    ),
    # An app's stability is how rarely it crashes: crash-free sessions and crash rates measure it
    "App stability": (
        ("app stability", "crash rate", "crash rates"),
        ("crash-free", "crash rate", "crash rates", "crash reports", "crashes"),
        ("stability", "reliability"),
    ),
    # Work done off the request path: a task queue or a queue service runs it
    "Asynchronous processing": (
        ("asynchronous", "async", "task queue", "task queues", "background jobs"),
        (
            "asynchronous",
            "async",
            "asyncio",
            "celery",
            "sidekiq",
            "dramatiq",
            "task queue",
            "background jobs",
        ),
        ("sqs", "rabbitmq", "kafka"),
    ),
    "Queues": (
        ("queue", "queues", "message queue", "message queues"),
        ("queue", "queues", "sqs", "rabbitmq", "celery", "sidekiq", "activemq", "amazon mq"),
        ("kafka", "redpanda", "pub/sub"),
    ),
    # Functions a cloud runs on demand
    "Serverless": (
        ("serverless",),
        ("serverless", "aws lambda", "lambda", "cloud functions", "azure functions", "cloud run"),
        ("fargate",),
    ),
    # Privacy law is data privacy work: GDPR, CCPA, HIPAA, and records anonymised under them
    "Data privacy": (
        ("data privacy", "privacy", "data protection"),
        ("privacy", "data protection", "gdpr", "ccpa", "hipaa", "anonymised", "anonymized", "pseudonymised"),
        ("data retention",),
    ),
    # Who a non-technical audience is: the people an engineer explains things to who do not build software
    "Non-technical audiences": (
        ("non-technical",),
        (
            "non-technical",
            "pupils",
            "teenagers",
            "customers",
            "clients",
            "merchants",
            "patients",
            "clinicians",
            "executives",
            "regulators",
        ),
        ("business", "operations team", "support"),
    ),
    # Practices a résumé shows by the tool or the standard that does them
    "Configuration management": (
        ("configuration management",),
        ("ansible", "puppet", "saltstack"),
        ("terraform",),
    ),
    # Data integration: a résumé names the tool or spells the acronym out ("change data capture with
    # Debezium"); an ad writes "CDC" or "ETL"
    "Change data capture": (
        ("change data capture", "cdc"),
        ("change data capture", "cdc", "debezium"),
        (),
    ),
    "ETL": (
        ("etl", "elt"),
        ("etl", "elt", "data pipeline", "data pipelines", "airflow", "dbt", "dagster", "fivetran", "talend"),
        (),
    ),
    # Security as a field: an ad says "information security" or "cybersecurity", a security résumé names
    # its branch (application security, penetration testing)
    "Information security": (
        ("information security", "infosec", "cybersecurity", "cyber security", "it security"),
        (
            "information security",
            "infosec",
            "cybersecurity",
            "cyber security",
            "application security",
            "appsec",
            "penetration testing",
            "penetration tester",
            "offensive security",
            "network security",
            "security engineer",
            "security engineering",
        ),
        (),
    ),
    # Compute: an EC2 instance or a Compute Engine instance is a virtual machine
    "Virtual machines": (
        ("virtual machine", "virtual machines", "vm", "vms"),
        ("virtual machine", "ec2", "compute engine", "vmware", "kvm", "hyper-v", "virtualbox", "vagrant"),
        (),
    ),
    # Object-relational mapping is named by its library
    "ORMs": (
        ("orm", "orms", "object-relational mapping"),
        (
            "jpa",
            "hibernate",
            "sqlalchemy",
            "django orm",
            "activerecord",
            "active record",
            "entity framework",
            "prisma",
            "typeorm",
            "sequelize",
            "gorm",
            "ecto",
            "doctrine",
        ),
        (),
    ),
    # Declarative UI toolkits are named by the toolkit
    "Declarative UI": (
        ("declarative ui",),
        ("swiftui", "jetpack compose", "flutter", "react", "react native"),
        (),
    ),
    # A squad is a team under another name
    "Squads": (("squad", "squads"), ("team", "teams"), ()),
    # So is a site's crew ("ran crews of up to 12 electricians" led a team), and both ways a squad ("Lead a squad
    # of four developers" led a team)
    "Crews": (("team", "teams"), ("crew", "crews", "squad", "squads"), ()),
    "Secrets management": (
        ("secrets management", "secret management", "secrets"),
        ("hashicorp vault", "vault", "secrets manager", "sealed secrets", "sops", "external secrets"),
        ("kms", "access keys", "credentials"),
    ),
    # Safety-critical work is named by the safety standard it was done to
    "Safety-critical software": (
        ("safety-critical", "safety critical", "functional safety"),
        (
            "safety-critical",
            "functional safety",
            "iso 26262",
            "asil",
            "iec 62304",
            "iec 61508",
            "do-178c",
            "en 50128",
        ),
        ("misra", "safety-relevant"),
    ),
    # Embedded software runs on a microcontroller or an RTOS, or on bare metal; firmware alone may be a
    # hobby board's (related: the labelled sets read that as partial)
    "Embedded software": (
        ("embedded",),
        ("embedded", "microcontroller", "microcontrollers", "rtos", "bare-metal", "cortex-m"),
        ("firmware", "iot", "hardware"),
    ),
    "Agile ways of working": (
        ("agile",),
        ("agile", "scrum", "kanban", "sprint", "sprints", "scrum master"),
        ("retrospective", "retrospectives", "planning"),
    ),
    # Industries: an employer's sector is named by what it sells or runs, rarely by the ad's word: an online
    # grocery marketplace is e-commerce and retail, a transit agency's apps are transportation
    "E-commerce": (
        ("e-commerce", "ecommerce", "online retail"),
        (
            "e-commerce",
            "ecommerce",
            "webshop",
            "online marketplace",
            "online grocery",
            "online retail",
        ),
        (
            "online shop",
            "online shops",
            "online store",
            "online stores",
            "marketplace",
            "checkout",
            "shopping cart",
        ),
    ),
    # Hotels, restaurants and catering are the hospitality trade; travel and tourism only border it
    "Hospitality": (
        ("hospitality",),
        ("hospitality", "hotel", "hotels", "restaurant", "restaurants", "catering"),
        ("tourism", "travel"),
    ),
    "Retail": (
        ("retail",),
        ("retail", "grocery", "supermarket", "supermarkets", "e-commerce", "ecommerce"),
        ("online shop", "online shops", "shop", "shops", "loyalty"),
    ),
    "Transportation": (
        ("transportation", "public transport", "public transit"),
        (
            "transportation",
            "public transport",
            "public transit",
            "transit agency",
            "transit agencies",
            "railway",
            "railways",
            "airline",
            "airlines",
        ),
        ("subway", "bike sharing", "trip planning", "ride-hailing"),
    ),
    # Working in academia is shown by an academic post, not by a degree (every owner studied at a university)
    "Academia": (
        ("academia", "higher education"),
        ("lecturer", "professor", "postdoctoral", "postdoc", "adjunct", "academia", "higher education"),
        ("teaching assistant", "research assistant", "doctoral researcher", "research lab"),
    ),
    "Telecommunications": (
        ("telecommunications", "telecom", "telecoms", "telco"),
        ("telecommunications", "telecom", "telecoms", "telco", "mobile network operator"),
        (),
    ),
    # Industries: a freight or parcel business is logistics
    "Logistics": (
        ("logistics",),
        ("logistics", "freight", "trucking", "haulage", "courier", "parcel", "parcels", "supply chain"),
        ("fleet", "delivery", "warehouse"),
    ),
    # A customer-facing role's meetings, by their initials or in words
    "Quarterly business reviews": (
        ("qbr", "qbrs", "quarterly business review", "quarterly business reviews"),
        ("qbr", "qbrs", "quarterly business review", "quarterly business reviews"),
        ("account review", "account reviews"),
    ),
    # Commercial measures a customer-facing role is asked by, by their initials or in words
    "Annual recurring revenue": (
        ("arr", "annual recurring revenue"),
        ("arr", "annual recurring revenue"),
        ("mrr", "monthly recurring revenue"),
    ),
    # Keeping staff is shown by staff turnover cut; keeping customers (renewals) is another thing
    "Staff retention": (
        ("employee retention", "staff retention", "team retention", "staff attrition", "employee attrition"),
        ("staff turnover", "employee turnover", "staff retention", "employee retention", "staff attrition"),
        (),
    ),
    # Selling to businesses: enterprise customers or accounts are businesses
    "Business-to-business": (
        ("b2b", "business-to-business"),
        ("b2b", "business-to-business", "enterprise customers", "enterprise accounts", "enterprise clients"),
        (),
    ),
    # An ERP is shown by the one the owner integrated or ran: NetSuite and SAP are ERP systems
    "ERP systems": (
        ("erp", "erp system", "erp systems", "enterprise resource planning"),
        (
            "erp",
            "enterprise resource planning",
            "netsuite",
            "sap s/4hana",
            "s/4hana",
            "sap ecc",
            "sap erp",
            "oracle e-business suite",
            "oracle erp cloud",
            "microsoft dynamics 365",
            "dynamics 365 finance",
            "dynamics ax",
            "dynamics nav",
            "odoo",
            "sage intacct",
            "epicor",
            "acumatica",
        ),
        (),
    ),
    # Interfaces
    "User interfaces": (
        ("ui", "ux", "ui/ux", "user interface"),
        ("user interface", "ui", "ux"),
        ("frontend", "dashboard", "web development", "html", "css", "react"),
    ),
}


def _abbreviations() -> dict[str, str]:
    """A concept asked in words that also has a one-word name ("service level objectives" -> "slo"): the
    matcher reads the words as that name, so ad words inside them ("service", "level") are not dropped
    and what is left ("objectives") is not read on its own."""
    out: dict[str, str] = {}
    for asked, _, _ in CONCEPTS.values():
        for a in asked:
            initials = "".join(w[0] for w in a.split() if w not in ("of", "and"))
            if " " in a and initials in asked:  # an acronym of the words, not another word for them
                out[a] = initials
    return out


ABBREVIATIONS = _abbreviations()


def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    shown: dict[str, tuple[str, ...]] = {}
    related: dict[str, tuple[str, ...]] = {}
    for asked, by, rel in CONCEPTS.values():
        for a in asked:
            shown[a] = tuple(dict.fromkeys([*shown.get(a, ()), *(b for b in by if b != a)]))
            if rel:
                related[a] = tuple(dict.fromkeys([*related.get(a, ()), *rel]))
    return shown, related


SHOWN_BY, RELATED_TO = _tables()


# Technologies by kind: a recruiter reads "GCP" against years of AWS as a partial fit (a comparable
# cloud), MySQL against PostgreSQL, RabbitMQ against Kafka, Vue against React. Members of one category
# do the same job in a stack; a thing of another kind (a language is not a database) is not comparable.
# Category -> members as written (display names; matched case-insensitively by the matcher).
# A category-mate is partial evidence only, never a match, and never satisfies years or a level. The
# matcher uses it where the ad invites alternatives ("MySQL or equivalent", "such as GCP"): every labelled
# job-fit set reads a tool asked by itself ("Experience with Google Cloud") as missing against a comparable
# one, and the measurement sets fell when mates counted there too (bench/RESULTS.md, job fit).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "cloud provider": (
        "AWS",
        "Amazon Web Services",
        "GCP",
        "Google Cloud",
        "Azure",
        "Oracle Cloud",
        "IBM Cloud",
    ),
    "relational database": (
        "PostgreSQL",
        "Postgres",
        "MySQL",
        "MariaDB",
        "SQL Server",
        "Oracle Database",
        "SQLite",
        "Aurora",
        "CockroachDB",
    ),
    "document or key-value store": ("MongoDB", "DynamoDB", "Couchbase", "CouchDB", "Cassandra", "Firestore"),
    "message broker or stream": (
        "Kafka",
        "RabbitMQ",
        "SQS",
        "Pulsar",
        "Redpanda",
        "Kinesis",
        "NATS",
        "ActiveMQ",
        "Pub/Sub",
        "Event Hubs",
    ),
    "container orchestrator": ("Kubernetes", "Nomad", "ECS", "Docker Swarm", "OpenShift", "Mesos"),
    "JavaScript frontend framework": ("React", "Vue", "Vue.js", "Angular", "Svelte", "Ember", "SolidJS"),
    "Python web framework": ("Django", "Flask", "FastAPI", "Pyramid", "Starlette"),
    "JVM web framework": ("Spring", "Spring Boot", "Micronaut", "Quarkus", "Ktor"),
    "Node.js web framework": ("Express", "NestJS", "Fastify", "Koa", "Hapi"),
    "Ruby web framework": ("Rails", "Ruby on Rails", "Sinatra", "Hanami"),
    "CI system": ("GitHub Actions", "GitLab CI", "Jenkins", "CircleCI", "Travis CI", "Buildkite", "TeamCity"),
    "infrastructure-as-code tool": ("Terraform", "Pulumi", "CloudFormation", "CDK", "OpenTofu", "Bicep"),
    "configuration management tool": ("Ansible", "Chef", "Puppet", "SaltStack"),
    "observability stack": (
        "Prometheus",
        "Grafana",
        "Datadog",
        "New Relic",
        "Honeycomb",
        "Dynatrace",
        "Splunk",
    ),
    "ML framework": ("PyTorch", "TensorFlow", "JAX", "Keras", "MXNet"),
    "gradient boosting library": ("XGBoost", "LightGBM", "CatBoost"),
    "cross-platform mobile framework": ("React Native", "Flutter", "Xamarin", "Ionic"),
    "workflow orchestrator": ("Airflow", "Dagster", "Prefect", "Luigi", "Argo Workflows", "Step Functions"),
    "search engine": ("Elasticsearch", "OpenSearch", "Solr", "Meilisearch", "Typesense"),
    "data warehouse": ("Snowflake", "BigQuery", "Redshift", "Synapse", "ClickHouse"),
    "in-memory store": ("Redis", "Memcached", "Valkey", "Hazelcast"),
}


def _category_of() -> dict[str, tuple[str, tuple[str, ...]]]:
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for label, members in CATEGORIES.items():
        for m in members:
            out[m.casefold()] = (label, members)
    return out


CATEGORY_OF = _category_of()
