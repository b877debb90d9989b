// The --help layout of every program: CLI11's, with the columns aligned by
// display width (a Chinese character takes two columns) and Chinese
// punctuation after the Chinese labels (用法：, 选项：).
#pragma once

#include <CLI/CLI.hpp>

#include <memory>

#include "util/text.h"

namespace encat::tool {

std::shared_ptr<CLI::Formatter> help_formatter(Lang lang);

}  // namespace encat::tool
