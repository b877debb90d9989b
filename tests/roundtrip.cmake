# Round trip (issue 9, Must show): every catalog of catalogs/ that has a table
# (unified, extension, township, department, supervision), published to CSV
# and to XLSX and imported back with encat-import (the header fields by their
# flags, from the original file), then compared with encat-diff
# (tests/roundtrip/roundtrip.py says what each test checks):
#   roundtrip/<catalog>-<format>-imports-back-unchanged
#       `--columns full --all`: no difference at all
#   roundtrip/<catalog>-<format>-default-table-fields-come-back-equal
#       the notice's own table: the matters in force come back, and every
#       field the table shows is equal
# <catalog> is the file's path under catalogs/ (zhejiang-unified-2022,
# zhejiang-jiangshan-townships-hecun-2022). The small county of the publish
# tests (tests/fixtures/publish/county, prefix fixture-county-) is round-tripped
# too: it has matters that are not in force (暂停, 取消), which the default
# table leaves out. Registered only once encat-import is built
# (tools/encat_import.cpp).
find_package(Python3 REQUIRED COMPONENTS Interpreter)

if(EXISTS "${PROJECT_SOURCE_DIR}/tools/encat_import.cpp" AND TARGET encat-import)
  set(roundtrip_trees "catalogs=" "tests/fixtures/publish/county=fixture-county-")
  foreach(tree IN LISTS roundtrip_trees)
    string(REGEX REPLACE "=.*$" "" root "${tree}")
    string(REGEX REPLACE "^[^=]*=" "" prefix "${tree}")
    set(root "${PROJECT_SOURCE_DIR}/${root}")
    file(GLOB_RECURSE roundtrip_files CONFIGURE_DEPENDS "${root}/*.yaml")
    list(SORT roundtrip_files)
    foreach(file IN LISTS roundtrip_files)
      file(STRINGS "${file}" kind_line REGEX "^kind:" LIMIT_COUNT 1)
      string(REGEX REPLACE "^kind:[ \t]*([a-z]+).*$" "\\1" kind "${kind_line}")
      if(NOT kind MATCHES "^(unified|extension|township|department|supervision)$")
        continue()
      endif()
      file(RELATIVE_PATH rel "${root}" "${file}")
      string(REGEX REPLACE "\\.ya?ml$" "" name "${rel}")
      string(REPLACE "/" "-" name "${prefix}${name}")
      foreach(format csv xlsx)
        foreach(table full default)
          if(table STREQUAL "full")
            set(test "roundtrip/${name}-${format}-imports-back-unchanged")
          else()
            set(test "roundtrip/${name}-${format}-default-table-fields-come-back-equal")
          endif()
          add_test(NAME ${test}
                   COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/roundtrip/roundtrip.py
                           $<TARGET_FILE_DIR:encat-import> ${root} ${file} ${format} ${table}
                           ${CMAKE_CURRENT_BINARY_DIR}/roundtrip/${name}-${format}-${table})
          set_tests_properties(${test} PROPERTIES TIMEOUT 120)
        endforeach()
      endforeach()
    endforeach()
  endforeach()
endif()
