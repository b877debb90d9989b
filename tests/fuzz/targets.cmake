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
