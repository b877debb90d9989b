# The Debian package (cmake/packaging.cmake): built with cpack, unpacked with
# dpkg -x and run from there, and checked by lintian. Release builds only: a
# package of sanitized programs (build-asan) is no package anyone installs
# (its Depends would name libasan), while `cmake --install` and the installed
# programs are tested there too (tests/install/).
if(ENCAT_SANITIZE OR ENCAT_FUZZ)
  return()
endif()
add_test(NAME package/deb-installs-into-a-scratch-root-and-every-program-runs-from-it
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/package/deb_runs_from_a_scratch_root.sh
                 ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${PROJECT_VERSION})
add_test(NAME package/lintian-reports-no-error-on-the-deb
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/package/lintian_reports_no_error.sh ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR})
set_tests_properties(package/lintian-reports-no-error-on-the-deb PROPERTIES TIMEOUT 600)
