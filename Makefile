# `sam build` runs these (template.yaml: Metadata BuildMethod makefile): the compiled classes and
# their runtime dependencies, built with the project's Maven wrapper and without the test suite
# (CI runs that); DynamoDB Local (provided scope) and test libraries stay out.
build-SkillFunction build-WebFunction:
	./mvnw -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lambda-lib
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp -R target/classes/. "$(ARTIFACTS_DIR)/"
	cp target/lambda-lib/*.jar "$(ARTIFACTS_DIR)/lib/"
