// (placeholder: encat-diff is built by issue 8)
#include <cstdio>
int main() {
  std::fputs("encat-diff: not implemented yet\n", stderr);
  return 2;
}
