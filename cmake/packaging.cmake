# What `cmake --install` puts beside the programs and the schemas (docs,
# completion) and the Debian package CPack builds from it (`cpack -G DEB`).
set(ENCAT_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/encat")
set(ENCAT_MAINTAINER "the encat authors <encat@example.org>")

# share/doc/encat: README, the licence in Debian's format, the changelog gzipped (gzip -9n: reproducible).
set(changelog_gz "${PROJECT_BINARY_DIR}/packaging/changelog.gz")
add_custom_command(OUTPUT "${changelog_gz}"
                   COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/packaging"
                   COMMAND sh -c "gzip -9nc \"$1\" > \"$2\"" _ "${PROJECT_SOURCE_DIR}/packaging/changelog" "${changelog_gz}"
                   DEPENDS "${PROJECT_SOURCE_DIR}/packaging/changelog" VERBATIM)
add_custom_target(changelog ALL DEPENDS "${changelog_gz}")
install(FILES README.md packaging/copyright "${changelog_gz}" DESTINATION "${ENCAT_DOC_DIR}")

# Completion: one bash script for every program (a symlink per tool name), one zsh function.
set(bash_dir "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")
install(FILES completions/encat.bash DESTINATION "${bash_dir}" RENAME encat)
foreach(tool IN LISTS ENCAT_TOOLS)
  install(CODE "file(CREATE_LINK encat \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${bash_dir}/encat-${tool}\" SYMBOLIC)")
endforeach()
install(FILES completions/_encat DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME encat)
set(CPACK_PACKAGE_VENDOR "the encat authors")
set(CPACK_PACKAGE_CONTACT "${ENCAT_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "enforcement-matter catalog tools (执法事项目录工具)")
file(READ "${PROJECT_SOURCE_DIR}/packaging/description" CPACK_DEBIAN_PACKAGE_DESCRIPTION)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ENCAT_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends from dpkg-shlibdeps, no hand list
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
