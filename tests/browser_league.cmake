# encat-audit --province --format html in a real browser (tests/browser/league_table.test.mjs):
# Debian's chromium driven by playwright-core, on the quzhou test province with names and a
# province gap; the rows in the order of --sort (aria-sort on its heading), the province's own
# row last, the gap columns headed in words, the table inside its frame at 1280 px and in print
# (A4 landscape), a click on a heading sorts. Screenshots and the PDF are kept in
# build/browser-artifacts/.
add_test(NAME browser/league-table-sorted-by-its-figure-fits-its-frame-on-screen-and-in-print
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/browser/run.sh league_table.test.mjs $<TARGET_FILE:encat-audit>
                 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/audit/quzhou ${PROJECT_BINARY_DIR}/browser-artifacts)
set_tests_properties(browser/league-table-sorted-by-its-figure-fits-its-frame-on-screen-and-in-print
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
