# The man pages, generated at build time by the built programs from their own
# option definitions (`--man`) and, for encat-catalogs(5), from the built-in
# schemas and code table (`encat --man-catalogs`): English in man/man<N>/,
# Chinese in man/zh_CN/man<N>/ of the build tree, installed gzipped.
set(ENCAT_MAN_PAGES "")  # every page written, for the `man_pages` target and the tests
function(encat_man_page target args page section)
  set(pages "")
  foreach(lang en zh_CN)
    set(dir "${PROJECT_BINARY_DIR}/man/man${section}")
    set(lang_args ${args} --lang en)
    set(install_dir "${CMAKE_INSTALL_MANDIR}/man${section}")
    if(lang STREQUAL "zh_CN")
      set(dir "${PROJECT_BINARY_DIR}/man/zh_CN/man${section}")
      set(lang_args ${args})  # Chinese is every program's default
      set(install_dir "${CMAKE_INSTALL_MANDIR}/zh_CN/man${section}")
    endif()
    set(output "${dir}/${page}.${section}")
    file(MAKE_DIRECTORY "${dir}")
    add_custom_command(OUTPUT "${output}" "${output}.gz"
                       COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${target}> "-DARGS=${lang_args}"
                               -DOUTPUT=${output} -P "${PROJECT_SOURCE_DIR}/cmake/man_page.cmake"
                       DEPENDS ${target} "${PROJECT_SOURCE_DIR}/cmake/man_page.cmake"
                       COMMENT "man page ${page}(${section}) ${lang}" VERBATIM)
    install(FILES "${output}.gz" DESTINATION "${install_dir}")
    list(APPEND pages "${output}" "${output}.gz")
  endforeach()
  set(ENCAT_MAN_PAGES ${ENCAT_MAN_PAGES} ${pages} PARENT_SCOPE)
endfunction()

encat_man_page(encat-front-door --man encat 1)
foreach(tool IN LISTS ENCAT_TOOLS)
  encat_man_page(encat-${tool} --man encat-${tool} 1)
endforeach()
encat_man_page(encat-front-door --man-catalogs encat-catalogs 5)
add_custom_target(man_pages ALL DEPENDS ${ENCAT_MAN_PAGES})
