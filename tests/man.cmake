# The man pages generated at build time (cmake/man_pages.cmake): each renders
# with `man --warnings -l` without a warning, in both languages, and each
# program's page lists the options and positionals its --help lists.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(man_dir "${PROJECT_BINARY_DIR}/man")
foreach(page encat.1 encat-validate.1 encat-audit.1 encat-fmt.1 encat-diff.1 encat-merge.1 encat-publish.1
             encat-import.1 encat-catalogs.5)
  string(REGEX REPLACE ".*\\." "" section "${page}")
  add_test(NAME man/${page}-renders-without-troff-warnings
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/man/renders_without_warnings.sh "${man_dir}/man${section}/${page}" NAME)
  add_test(NAME man/${page}-in-chinese-renders-without-troff-warnings
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/man/renders_without_warnings.sh "${man_dir}/zh_CN/man${section}/${page}" 名称)
endforeach()
foreach(program encat encat-validate encat-audit encat-fmt encat-diff encat-merge encat-publish encat-import)
  add_test(NAME man/${program}-page-lists-the-options-of-its-help
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/man/options_match_help.py
                   ${PROJECT_BINARY_DIR}/tools ${man_dir} ${program})
endforeach()
