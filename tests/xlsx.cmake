# The published XLSX read back by other readers (issue 9, "XLSX read back in a
# test"): tests/xlsx/readback.py publishes a notice of the sample province as
# XLSX and as CSV and checks with Debian's python3-openpyxl (so Debian's
# /usr/bin/python3, not a pyenv or venv one) and xlsx2csv that every row holds
# the CSV's cells, and the merged rows, print titles, print area, page setup,
# frozen header, autofilter, footer, document properties and cell types; one
# case compares the bytes of repeated runs (SOURCE_DATE_EPOCH too). A case
# without openpyxl or xlsx2csv is skipped (77).
set(xlsx_python /usr/bin/python3)
foreach(case unified-2022 unified-2022-full-all township townships-330881 changes-2021-2022
             changes-township-hecun-2021-2022 department supervision)
  add_test(NAME xlsx/publish-${case}-reads-back-as-its-csv
           COMMAND ${xlsx_python} ${CMAKE_CURRENT_SOURCE_DIR}/xlsx/readback.py ${PROJECT_BINARY_DIR}/tools
                   ${PROJECT_SOURCE_DIR} ${case})
  set_tests_properties(xlsx/publish-${case}-reads-back-as-its-csv PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endforeach()
add_test(NAME xlsx/publish-gives-the-same-bytes-each-run-and-dates-them-from-source-date-epoch
         COMMAND ${xlsx_python} ${CMAKE_CURRENT_SOURCE_DIR}/xlsx/readback.py ${PROJECT_BINARY_DIR}/tools
                 ${PROJECT_SOURCE_DIR} deterministic)
set_tests_properties(xlsx/publish-gives-the-same-bytes-each-run-and-dates-them-from-source-date-epoch
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
# The law guide (--laws) of the sample, and on the laws fixture (a register:
# levels and statuses) the guide and a lenient list's announcement table.
add_test(NAME xlsx/publish-laws-reads-back-as-its-csv
         COMMAND ${xlsx_python} ${CMAKE_CURRENT_SOURCE_DIR}/xlsx/readback.py ${PROJECT_BINARY_DIR}/tools
                 ${PROJECT_SOURCE_DIR} laws)
foreach(case laws-fixture lenient)
  add_test(NAME xlsx/publish-${case}-reads-back-as-its-csv
           COMMAND ${xlsx_python} ${CMAKE_CURRENT_SOURCE_DIR}/xlsx/readback.py ${PROJECT_BINARY_DIR}/tools
                   ${PROJECT_SOURCE_DIR} ${case} tests/fixtures/publish/laws)
endforeach()
set_tests_properties(xlsx/publish-laws-reads-back-as-its-csv xlsx/publish-laws-fixture-reads-back-as-its-csv
                     xlsx/publish-lenient-reads-back-as-its-csv PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
