#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace encat {

// The number of hardware threads (at least 1).
inline unsigned hardware_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

// Calls `body(i)` for every i in [0, count) on up to `jobs` threads. Each index
// is handled exactly once; callers write results into slot i, so the outcome
// never depends on scheduling. The first exception is rethrown after all joined.
// When no more threads can be started, those running (and this one) do the work.
template <typename Body>
void parallel_for(size_t count, unsigned jobs, Body&& body) {
  const size_t threads = std::min<size_t>(std::max(1u, jobs), count);
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) body(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    try {
      for (size_t i = next++; i < count; i = next++) body(i);
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = count;
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  try {
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  } catch (const std::system_error&) {  // the threads started must still be joined
  }
  work();
  for (std::thread& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace encat
