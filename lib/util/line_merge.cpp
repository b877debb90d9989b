// A diff3 over diff_lines, shaped like git's xdiff merge (xmerge.c) at
// `git merge-file`'s default level: overlapping or touching hunks of the two
// sides make one region; a region both sides changed alike is taken once;
// otherwise the two sides are diffed against each other and only what still
// differs is a conflict (lines they share stay outside the markers); two
// conflicts with at most three lines, or only lines without a letter or
// digit, between them become one.
#include "util/line_merge.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "util/line_diff.h"

namespace encat {
namespace {

using Lines = std::vector<std::string_view>;

// Base lines [base_begin, base_end) replaced by side lines [side_begin, side_end).
struct Hunk {
  size_t base_begin, base_end, side_begin, side_end;
};

std::vector<Hunk> hunks_of(std::string_view base, std::string_view side) {
  std::vector<Hunk> hunks;
  size_t i = 0, j = 0;
  bool open = false;
  for (const LineEdit& edit : diff_lines(base, side)) {
    if (edit.kind == LineEdit::Kind::Same) {
      open = false;
      ++i, ++j;
      continue;
    }
    if (!open) hunks.push_back({i, i, j, j});
    open = true;
    if (edit.kind == LineEdit::Kind::Removed) hunks.back().base_end = ++i;
    else hunks.back().side_end = ++j;
  }
  return hunks;
}

// One piece of the merge. Gap: lines both sides agree on that are no change of
// both (unchanged lines, or lines a conflict region's two sides share); Taken:
// a change of one side, or the same change of both; Conflict: ours, theirs.
struct Chunk {
  enum class Kind { Gap, Taken, Conflict } kind;
  Lines lines, theirs;  // lines: the text, or ours in a conflict
};

void push(std::vector<Chunk>& chunks, Chunk::Kind kind, Lines lines, Lines theirs = {}) {
  // An empty Taken chunk (a removal) stays: it parts the conflicts around it, as in git.
  if (kind == Chunk::Kind::Gap && lines.empty()) return;
  if (kind != Chunk::Kind::Conflict && !chunks.empty() && chunks.back().kind == kind) {
    chunks.back().lines.insert(chunks.back().lines.end(), lines.begin(), lines.end());
    return;
  }
  chunks.push_back({kind, std::move(lines), std::move(theirs)});
}

std::string joined(const Lines& lines) {
  std::string out;
  for (std::string_view line : lines) out += line;
  return out;
}

// A region both sides changed: what they share stays out of the markers.
void refine(std::vector<Chunk>& chunks, Lines ours, Lines theirs) {
  if (ours == theirs) return push(chunks, Chunk::Kind::Taken, std::move(ours));
  if (ours.empty() || theirs.empty()) return push(chunks, Chunk::Kind::Conflict, std::move(ours), std::move(theirs));
  const std::string a = joined(ours), b = joined(theirs);
  Lines pending_ours, pending_theirs;
  auto flush = [&] {
    if (pending_ours.empty() && pending_theirs.empty()) return;
    push(chunks, Chunk::Kind::Conflict, std::move(pending_ours), std::move(pending_theirs));
    pending_ours.clear(), pending_theirs.clear();
  };
  size_t i = 0, j = 0;  // the edits point into a and b: the lines taken are those of ours and theirs
  for (const LineEdit& edit : diff_lines(a, b)) {
    if (edit.kind == LineEdit::Kind::Same) {
      flush();
      push(chunks, Chunk::Kind::Gap, {ours[i++]});
      ++j;
    } else if (edit.kind == LineEdit::Kind::Removed) {
      pending_ours.push_back(ours[i++]);
    } else {
      pending_theirs.push_back(theirs[j++]);
    }
  }
  flush();
}

bool has_alnum(const Lines& lines) {
  for (std::string_view line : lines)
    for (char c : line)
      if (std::isalnum(static_cast<unsigned char>(c))) return true;
  return false;
}

// Conflict, short or letterless gap, conflict → one conflict holding the gap on both sides.
std::vector<Chunk> simplified(std::vector<Chunk> chunks) {
  std::vector<Chunk> out;
  for (Chunk& chunk : chunks) {
    if (chunk.kind == Chunk::Kind::Conflict && out.size() >= 2 && out.back().kind == Chunk::Kind::Gap &&
        out[out.size() - 2].kind == Chunk::Kind::Conflict &&
        (out.back().lines.size() <= 3 || !has_alnum(out.back().lines))) {
      const Lines gap = std::move(out.back().lines);
      out.pop_back();
      Chunk& merged = out.back();
      merged.lines.insert(merged.lines.end(), gap.begin(), gap.end());
      merged.lines.insert(merged.lines.end(), chunk.lines.begin(), chunk.lines.end());
      merged.theirs.insert(merged.theirs.end(), gap.begin(), gap.end());
      merged.theirs.insert(merged.theirs.end(), chunk.theirs.begin(), chunk.theirs.end());
      continue;
    }
    out.push_back(std::move(chunk));
  }
  return out;
}

}  // namespace

LineMerge merge_lines(std::string_view base, std::string_view ours, std::string_view theirs,
                      const LineMergeLabels& labels) {
  const Lines b = split_lines(base), o = split_lines(ours), t = split_lines(theirs);
  const std::vector<Hunk> ho = hunks_of(base, ours), ht = hunks_of(base, theirs);
  auto slice = [](const Lines& lines, size_t begin, size_t end) { return Lines(lines.begin() + begin, lines.begin() + end); };

  std::vector<Chunk> chunks;
  size_t io = 0, it = 0, at = 0;  // next hunk of each side; base lines before `at` are written
  long delta_o = 0, delta_t = 0;  // side position minus base position after the hunks taken
  auto take = [&](const Hunk& h, const Lines& side, long& delta) {
    push(chunks, Chunk::Kind::Gap, slice(b, at, h.base_begin));
    push(chunks, Chunk::Kind::Taken, slice(side, h.side_begin, h.side_end));
    at = h.base_end;
    delta += static_cast<long>(h.side_end - h.side_begin) - static_cast<long>(h.base_end - h.base_begin);
  };
  while (io < ho.size() || it < ht.size()) {
    if (it == ht.size() || (io < ho.size() && ho[io].base_end < ht[it].base_begin)) {
      take(ho[io++], o, delta_o);
      continue;
    }
    if (io == ho.size() || ht[it].base_end < ho[io].base_begin) {
      take(ht[it++], t, delta_t);
      continue;
    }
    // The hunks overlap or touch: a region of base both sides changed,
    // growing while a hunk of either side starts before its end.
    const size_t begin = std::min(ho[io].base_begin, ht[it].base_begin);
    size_t end = begin;
    const long start_o = static_cast<long>(begin) + delta_o, start_t = static_cast<long>(begin) + delta_t;
    for (bool grew = true; grew;) {
      grew = false;
      for (; io < ho.size() && ho[io].base_begin <= end; ++io, grew = true) {
        end = std::max(end, ho[io].base_end);
        delta_o += static_cast<long>(ho[io].side_end - ho[io].side_begin) - static_cast<long>(ho[io].base_end - ho[io].base_begin);
      }
      for (; it < ht.size() && ht[it].base_begin <= end; ++it, grew = true) {
        end = std::max(end, ht[it].base_end);
        delta_t += static_cast<long>(ht[it].side_end - ht[it].side_begin) - static_cast<long>(ht[it].base_end - ht[it].base_begin);
      }
    }
    push(chunks, Chunk::Kind::Gap, slice(b, at, begin));
    refine(chunks, slice(o, static_cast<size_t>(start_o), static_cast<size_t>(static_cast<long>(end) + delta_o)),
           slice(t, static_cast<size_t>(start_t), static_cast<size_t>(static_cast<long>(end) + delta_t)));
    at = end;
  }
  push(chunks, Chunk::Kind::Gap, slice(b, at, b.size()));

  // Markers end like the lines of ours (CRLF when its first line does).
  const Lines& style = o.empty() ? t : o;
  const std::string_view eol = !style.empty() && style.front().size() >= 2 &&
                                       style.front().substr(style.front().size() - 2) == "\r\n"
                                   ? "\r\n"
                                   : "\n";
  auto marker = [&](std::string& out, char c, const std::string& label) {
    out.append(7, c);
    if (!label.empty()) out += ' ' + label;
    out += eol;
  };
  auto side = [&](std::string& out, const Lines& lines) {
    for (std::string_view line : lines) out += line;
    if (!lines.empty() && lines.back().back() != '\n') out += eol;  // the markers start a line
  };
  LineMerge merge;
  merge.text.reserve(ours.size() + theirs.size() / 8);
  for (const Chunk& chunk : simplified(std::move(chunks))) {
    if (chunk.kind != Chunk::Kind::Conflict) {
      for (std::string_view line : chunk.lines) merge.text += line;
      continue;
    }
    ++merge.conflicts;
    marker(merge.text, '<', labels.ours);
    side(merge.text, chunk.lines);
    marker(merge.text, '=', {});
    side(merge.text, chunk.theirs);
    marker(merge.text, '>', labels.theirs);
  }
  return merge;
}

}  // namespace encat
