# encat-import (issue 9): what it writes is in canonical form. Every catalog a
# tests/cli/import case pins (expected.files/*.yaml) passes `encat-fmt --check`
# (exit 0, nothing would change), so a golden blessed from a writer fault fails
# here. One test per case: the cases' catalogs share ids.
file(GLOB import_outputs LIST_DIRECTORIES true CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/cli/import/*/expected.files")
foreach(output IN LISTS import_outputs)
  get_filename_component(case_dir "${output}" DIRECTORY)
  get_filename_component(case_name "${case_dir}" NAME)
  add_test(NAME import/canonical/${case_name} COMMAND $<TARGET_FILE:encat-fmt> --check ${output})
endforeach()
