# `sam build` runs these (template.yaml: Metadata BuildMethod makefile) with ARTIFACTS_DIR set.
# They build with the project's Maven wrapper and the `lambda` profile (pom.xml): src/main/java
# only, compiled into target/lambda from scratch, without the local run (src/local/java), without
# compiling or running the tests (CI does that), and the runtime dependencies beside it;
# DynamoDB Local (provided scope) and the test libraries stay out.
LAMBDA_BUILD := target/lambda

# The merchant's product feeds (Google Merchant Center TSV/XML, CSV or JSON; a path relative to this
# folder, or absolute): `CATALOG_FEED_DE_DE=feeds/my-shop-de.tsv sam build` (with --use-container:
# --container-env-var CATALOG_FEED_DE_DE=…). Unset, the demo catalog. They are read here, at build
# time, into a catalog per locale (search index, product data, shop links), packed as the layer
# CatalogLayer; the functions open that and never read a feed.
CATALOG_FEED_EN_US ?= src/main/resources/catalog/demo-en-US.tsv
CATALOG_FEED_DE_DE ?= src/main/resources/catalog/demo-de-DE.tsv
# Where the functions find the catalogs in the layer, which Lambda unpacks into /opt (Config.PACKED_CATALOGS).
CATALOGS := prebuilt-catalog
JAVA ?= $(if $(JAVA_HOME),$(JAVA_HOME)/bin/java,java)
# The catalogs are built by the very classes that are packed (the manifest names their version).
CATALOG_CLASS_PATH := $(LAMBDA_BUILD)/classes:$(LAMBDA_BUILD)/lib/*
CATALOG_JAVA_OPTS ?= -Xmx3g

# What the web function leaves out: the skill's conversation (ASK SDK), the catalog and its search
# (Lucene, feed reading) and the e-mail libraries (SES, MIME; it sends none). It looks shop links up
# in the catalogs' links.tsv (in the catalog layer).
WEB_LEFT_OUT_PACKAGES := alexa catalog search product buying friends
WEB_LEFT_OUT_JARS := ask-sdk-% lucene-% aws-java-sdk-ses-% angus-% jakarta.mail-% \
  jakarta.activation-% jackson-datatype-jsr310-%
# What the skill leaves out: the friends' pages and the merchant's report (the web function's: its
# classes and page templates), and CSV reading and writing (feeds are read at build time, reports
# written by the web function).
SKILL_LEFT_OUT_PACKAGES := web
SKILL_LEFT_OUT_FILES := catalog/demo-*.tsv catalog/README.md static templates/error.mustache templates/list.mustache \
  templates/merchant-login.mustache templates/merchant.mustache templates/question.mustache
SKILL_LEFT_OUT_JARS := commons-csv-% commons-io-%

# What the AWS SDK does at every cold start, trimmed to what a function uses (src/build/AwsSdkForLambda.java): the
# endpoint metadata of the services it calls only (DynamoDB; SES for the skill's e-mails), no JMX.
AWS_SDK_FOR_LAMBDA = $(JAVA) -cp "$(LAMBDA_BUILD)/lib/*" src/build/AwsSdkForLambda.java "$(ARTIFACTS_DIR)"

.PHONY: lambda-classes catalogs build-CatalogLayer build-SkillFunction build-WebFunction build-HelloWorld

lambda-classes:
	./mvnw -B -q -Dlambda -Dmaven.test.skip=true clean package

catalogs: lambda-classes
	$(JAVA) $(CATALOG_JAVA_OPTS) -cp "$(CATALOG_CLASS_PATH)" com.shoptalk.catalog.ImportCommand \
	  import "$(CATALOG_FEED_EN_US)" --locale en-US --out $(LAMBDA_BUILD)/$(CATALOGS)/en-US
	$(JAVA) $(CATALOG_JAVA_OPTS) -cp "$(CATALOG_CLASS_PATH)" com.shoptalk.catalog.ImportCommand \
	  import "$(CATALOG_FEED_DE_DE)" --locale de-DE --out $(LAMBDA_BUILD)/$(CATALOGS)/de-DE

# The catalogs, as the layer both functions use: Lambda unpacks it into /opt, so they are at
# /opt/prebuilt-catalog/<locale>. A layer, so that each function's package holds code only, whatever
# the catalog's size (Lambda's 250 MB unzipped covers a package and its layers together).
build-CatalogLayer: catalogs
	mkdir -p "$(ARTIFACTS_DIR)"
	cp -R $(LAMBDA_BUILD)/$(CATALOGS) "$(ARTIFACTS_DIR)/"

# The skill's code; not the demo feeds, nor the catalogs (the layer holds them). With it the version of
# the catalog code it packs (catalog/code-version.txt), so that the function checks the layer's catalogs
# against it without hashing its own classes at every cold start.
build-SkillFunction: lambda-classes
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp -R $(LAMBDA_BUILD)/classes/. "$(ARTIFACTS_DIR)/"
	cd "$(ARTIFACTS_DIR)" && rm -rf $(SKILL_LEFT_OUT_FILES) $(addprefix com/shoptalk/,$(SKILL_LEFT_OUT_PACKAGES))
	cp $(filter-out $(addprefix $(LAMBDA_BUILD)/lib/,$(SKILL_LEFT_OUT_JARS)),$(wildcard $(LAMBDA_BUILD)/lib/*.jar)) \
	  "$(ARTIFACTS_DIR)/lib/"
	$(AWS_SDK_FOR_LAMBDA) dynamodb email
	$(JAVA) -cp "$(CATALOG_CLASS_PATH)" com.shoptalk.catalog.ImportCommand code-version \
	  --out "$(ARTIFACTS_DIR)/catalog/code-version.txt"

# The friends' pages, the counting shop links and the merchant's report: no ASK SDK, no Lucene, no
# catalog code; the shop links it reads from the catalog layer.
build-WebFunction: lambda-classes
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp -R $(LAMBDA_BUILD)/classes/. "$(ARTIFACTS_DIR)/"
	cd "$(ARTIFACTS_DIR)" && rm -rf catalog apl $(addprefix com/shoptalk/,$(WEB_LEFT_OUT_PACKAGES))
	cp $(filter-out $(addprefix $(LAMBDA_BUILD)/lib/,$(WEB_LEFT_OUT_JARS)),$(wildcard $(LAMBDA_BUILD)/lib/*.jar)) \
	  "$(ARTIFACTS_DIR)/lib/"
	$(AWS_SDK_FOR_LAMBDA) dynamodb

# The cold-start benchmark's yardstick (src/test/hello-world: the ASK SDK's hello world with the
# standard SDK as its only dependency), packed the same way. Not in template.yaml, never deployed.
HELLO_WORLD := src/test/hello-world

build-HelloWorld:
	./mvnw -B -q -f $(HELLO_WORLD)/pom.xml -Dmaven.test.skip=true clean package
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp -R $(HELLO_WORLD)/target/classes/. "$(ARTIFACTS_DIR)/"
	cp $(HELLO_WORLD)/target/lib/*.jar "$(ARTIFACTS_DIR)/lib/"
