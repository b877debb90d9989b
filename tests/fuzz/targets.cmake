# The fuzz targets and what each links: tests/fuzz/fuzz_<name>.cpp.
# Used by tests/fuzz/CMakeLists.txt (libFuzzer, ENCAT_FUZZ) and tests/fuzz.cmake (replay tests).
set(ENCAT_FUZZ_TARGETS yaml_reader schema validate audit)
set(ENCAT_FUZZ_LIBS_yaml_reader encat_yaml)
set(ENCAT_FUZZ_LIBS_schema encat_model)
set(ENCAT_FUZZ_LIBS_validate encat)
set(ENCAT_FUZZ_LIBS_audit encat)
# encat-fmt's round trip (load, write, load, equal, write again, same bytes); its seeds are the yaml_reader
# seeds (every catalog file as it is), see tests/fuzz.cmake and scripts/fuzz.sh.
list(APPEND ENCAT_FUZZ_TARGETS fmt)
set(ENCAT_FUZZ_LIBS_fmt encat_write)
# encat-merge's three-way merge (the git merge driver): one input split at NUL bytes into base, ours and theirs.
list(APPEND ENCAT_FUZZ_TARGETS merge)
set(ENCAT_FUZZ_LIBS_merge encat_merge)
# encat-diff's comparison and renderers: one input split at the first NUL byte into an old and a new edition.
list(APPEND ENCAT_FUZZ_TARGETS diff)
set(ENCAT_FUZZ_LIBS_diff encat)
# encat-import's table readers: CSV bytes; XLSX as a whole file, or one sheet's XML or the shared strings
# inside a valid zip (the first byte chooses, see fuzz_xlsx.cpp).
list(APPEND ENCAT_FUZZ_TARGETS csv xlsx)
set(ENCAT_FUZZ_LIBS_csv encat_tabular)
set(ENCAT_FUZZ_LIBS_xlsx encat_tabular)
# encat-import's reader (lib/import): a byte choosing the kind of catalog, then CSV or XLSX bytes.
list(APPEND ENCAT_FUZZ_TARGETS import)
set(ENCAT_FUZZ_LIBS_import encat_import)
