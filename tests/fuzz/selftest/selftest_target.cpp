// A fuzz target that aborts on the input "crash": proves that the replay tests
// (replay_main.cpp) fail when their target crashes (tests/fuzz.cmake).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (std::string_view(reinterpret_cast<const char*>(data), size) == "crash") std::abort();
  return 0;
}
