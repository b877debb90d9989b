// LD_PRELOAD shim for tests/faults: a file named `vanish.yaml` is removed just
// before it is opened, as if someone deleted it between the listing of its
// folder and its reading. Deterministic where a race with `rm` would not be.
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdarg>
#include <cstring>

namespace {

void vanish(const char* path) {
  const char* name = std::strrchr(path, '/');
  name = name ? name + 1 : path;
  if (std::strcmp(name, "vanish.yaml") == 0) ::unlink(path);
}

mode_t mode_of(int flags, va_list args) { return (flags & (O_CREAT | O_TMPFILE)) ? va_arg(args, mode_t) : 0; }

template <typename Function>
Function real(const char* name) {
  return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

}  // namespace

extern "C" {

int open(const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  const mode_t mode = mode_of(flags, args);
  va_end(args);
  vanish(path);
  static auto next = real<int (*)(const char*, int, ...)>("open");
  return next(path, flags, mode);
}

int open64(const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  const mode_t mode = mode_of(flags, args);
  va_end(args);
  vanish(path);
  static auto next = real<int (*)(const char*, int, ...)>("open64");
  return next(path, flags, mode);
}

int openat(int dir, const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  const mode_t mode = mode_of(flags, args);
  va_end(args);
  vanish(path);
  static auto next = real<int (*)(int, const char*, int, ...)>("openat");
  return next(dir, path, flags, mode);
}

int openat64(int dir, const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  const mode_t mode = mode_of(flags, args);
  va_end(args);
  vanish(path);
  static auto next = real<int (*)(int, const char*, int, ...)>("openat64");
  return next(dir, path, flags, mode);
}

}  // extern "C"
