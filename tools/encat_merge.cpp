// (placeholder: encat-merge is built by issue 8)
#include <cstdio>
int main() {
  std::fputs("encat-merge: not implemented yet\n", stderr);
  return 2;
}
