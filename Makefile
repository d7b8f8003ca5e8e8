# sam build calls build-<LogicalId> for each function (Metadata: BuildMethod: makefile) with
# ARTIFACTS_DIR set to the root of that function's zip. Every function is the same artifact:
# the functions module built through the parent pom (so no parent needs installing first),
# classes at the root of the zip and the runtime dependencies in lib/, as Lambda's Java
# runtime loads them.
FUNCTIONS := ArticlesApiFunction PublisherFunction ScheduledPublishingFunction RebuildFunction MediaFunction
MVN := mvn -q -B

.PHONY: $(addprefix build-,$(FUNCTIONS))

$(addprefix build-,$(FUNCTIONS)):
	$(MVN) -pl functions -am -DskipTests package
	cp -R functions/target/classes/. "$(ARTIFACTS_DIR)/"
	$(MVN) -pl functions dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$(ARTIFACTS_DIR)/lib"
