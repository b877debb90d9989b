# The CI recipes a catalog repository copies (ci/github/encat.yml,
# ci/gitlab/encat.gitlab-ci.yml, .pre-commit-hooks.yaml), run from the recipe
# files themselves by tests/ci_recipes/run_recipes.py against a scratch git
# repository (a clone of a bare origin; `main` with the sample catalogs, the
# branch `change` renaming a matter), with the built tools first on PATH and
# only the install step left out. Debian's python3 for PyYAML; pre-commit's own
# run of the hooks when the `pre-commit` program is installed.
set(ci_recipes_run /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/ci_recipes/run_recipes.py)
set(ci_recipes_args --tools ${PROJECT_BINARY_DIR}/tools --source ${PROJECT_SOURCE_DIR})

add_test(NAME ci/github-workflow-steps-annotate-and-produce-the-job-summary-and-artifacts
         COMMAND ${ci_recipes_run} github ${ci_recipes_args})
add_test(NAME ci/gitlab-job-gives-the-junit-report-the-exposed-changes-and-the-artifacts
         COMMAND ${ci_recipes_run} gitlab ${ci_recipes_args})
add_test(NAME ci/pre-commit-hooks-rewrite-an-unformatted-catalog-and-check-every-catalog
         COMMAND ${ci_recipes_run} pre-commit ${ci_recipes_args})
set_tests_properties(ci/github-workflow-steps-annotate-and-produce-the-job-summary-and-artifacts
                     ci/gitlab-job-gives-the-junit-report-the-exposed-changes-and-the-artifacts
                     ci/pre-commit-hooks-rewrite-an-unformatted-catalog-and-check-every-catalog
                     PROPERTIES TIMEOUT 300)
