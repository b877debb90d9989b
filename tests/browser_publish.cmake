# encat-publish --format html in a real browser (tests/browser/publish_notice.test.mjs):
# Debian's chromium driven by playwright-core; the search box and the domain filter show
# exactly the rows the JSON of the same notice says, no request leaves the page, and the
# printed PDF is A4 landscape with the header row on every page. Screenshots and PDFs are
# kept in build/browser-artifacts/.
add_test(NAME browser/publish-notice-filters-offline-and-prints-the-header-on-every-page
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/browser/run.sh publish_notice.test.mjs $<TARGET_FILE:encat-publish>
                 ${PROJECT_SOURCE_DIR}/catalogs ${PROJECT_BINARY_DIR}/browser-artifacts)
set_tests_properties(browser/publish-notice-filters-offline-and-prints-the-header-on-every-page
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
