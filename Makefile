# `sam build` runs these (template.yaml: Metadata BuildMethod makefile) with ARTIFACTS_DIR set.
# They build with the project's Maven wrapper and the `lambda` profile (pom.xml): src/main/java
# only, compiled into target/lambda from scratch, without the local run (src/local/java), without
# compiling or running the tests (CI does that), and the runtime dependencies beside it;
# DynamoDB Local (provided scope) and the test libraries stay out.
LAMBDA_BUILD := target/lambda

build-SkillFunction build-WebFunction:
	./mvnw -B -q -Dlambda -Dmaven.test.skip=true clean package
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp -R $(LAMBDA_BUILD)/classes/. "$(ARTIFACTS_DIR)/"
	cp $(LAMBDA_BUILD)/lib/*.jar "$(ARTIFACTS_DIR)/lib/"

# The cold-start benchmark's yardstick (src/test/hello-world: the ASK SDK's hello world with the
# standard SDK as its only dependency), packed the same way. Not in template.yaml, never deployed.
HELLO_WORLD := src/test/hello-world

build-HelloWorld:
	./mvnw -B -q -f $(HELLO_WORLD)/pom.xml -Dmaven.test.skip=true clean package
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp -R $(HELLO_WORLD)/target/classes/. "$(ARTIFACTS_DIR)/"
	cp $(HELLO_WORLD)/target/lib/*.jar "$(ARTIFACTS_DIR)/lib/"
