// The three-way merge by code and field (merge.h). Cost: the three loads,
// then linear in the records (hash maps by key, one pass each); the text of
// a record kept as it was is one copy of its bytes, never re-read.
#include <algorithm>
#include <unordered_map>

#include "merge/merge.h"
#include "merge/records.h"
#include "util/line_merge.h"
#include "util/parallel.h"
#include "write/body_layout.h"
#include "write/yaml_writer.h"
#include "yaml/reader.h"

namespace encat::merge {

std::string ours_label(const std::string& name) { return name.empty() ? "ours" : "ours (" + name + ")"; }
std::string theirs_label(const std::string& name) { return name.empty() ? "theirs" : "theirs (" + name + ")"; }

bool is_blank_catalog(std::string_view bytes) {
  for (size_t start = 0; start < bytes.size();) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view line = bytes.substr(start, end - start);
    const size_t first = line.find_first_not_of(" \t\r\f\v");
    if (first != std::string_view::npos && line[first] != '#') return false;
    start = end + 1;
  }
  return true;
}

namespace {

using detail::Body;

constexpr size_t none = SIZE_MAX;

Value value_of(const model::Catalog& catalog, std::optional<std::string> text, model::Pos at) {
  Value v{std::move(text), {}};
  if (at) v.at = catalog.at(at);
  else v.at.file = catalog.file;
  return v;
}

// Appends text and counts its lines (for the markers' line numbers).
class Output {
 public:
  void append(std::string_view text) {
    m_lines += static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
    m_text.append(text);
    if (!text.empty() && text.back() != '\n') {
      m_text += '\n';
      ++m_lines;
    }
  }
  // `text` as it is, even without a final line break (the whole of OURS).
  void append_raw(std::string_view text) { m_text.append(text); }
  std::uint32_t next_line() const { return m_lines + 1; }
  std::string take() { return std::move(m_text); }
  void reserve(size_t n) { m_text.reserve(n); }

 private:
  std::string m_text;
  std::uint32_t m_lines = 0;
};

struct Inputs {
  const model::Catalog& base;
  const model::Catalog& ours;
  const model::Catalog& theirs;
  std::string_view ours_bytes;
  std::string_view theirs_bytes;
  const ThreeWayOptions& options;
};

// The header, field by field. `head_ours`/`head_theirs` get the merged
// values (they differ only in conflicting fields).
bool merge_header(const Inputs& in, model::Catalog& head_ours, model::Catalog& head_theirs,
                  std::vector<Conflict>& conflicts, bool& same_as_ours) {
  same_as_ours = true;
  bool clean = true;
  for (model::Catalog* head : {&head_ours, &head_theirs}) {
    head->file = in.ours.file;
    head->kind = in.ours.kind;
    head->pos = in.ours.pos;
    head->comments = in.ours.comments;
    head->after_blank = in.ours.after_blank;
  }
  model::header_fields([&](const model::FieldInfo& info, auto value, auto at, auto... more) {
    const auto& b = value(in.base);
    const auto& o = value(in.ours);
    const auto& t = value(in.theirs);
    detail::take_field(head_ours, in.ours, value, at, more...);
    detail::take_field(head_theirs, in.ours, value, at, more...);
    if (o == b && !(t == b)) {
      same_as_ours = false;
      value(head_ours) = t;
      value(head_theirs) = t;
    } else if (!(o == b) && !(t == b) && !(o == t)) {
      clean = false;
      same_as_ours = false;
      value(head_theirs) = t;
      Conflict c;
      c.kind = Conflict::Kind::Header;
      c.field = std::string(info.key);
      c.label_zh = std::string(info.zh);
      c.label_en = std::string(info.en);
      c.base = value_of(in.base, detail::shown(b), at(in.base));
      c.ours = value_of(in.ours, detail::shown(o), at(in.ours));
      c.theirs = value_of(in.theirs, detail::shown(t), at(in.theirs));
      conflicts.push_back(std::move(c));
    }
  });
  return clean;
}

template <typename R>
class BodyMerge {
 public:
  explicit BodyMerge(const Inputs& in)
      : m_in(in),
        m_base(Body<R>::of(in.base)),
        m_ours(Body<R>::of(in.ours)),
        m_theirs(Body<R>::of(in.theirs)),
        m_base_keys(detail::keys_of(m_base)),
        m_ours_keys(detail::keys_of(m_ours)),
        m_theirs_keys(detail::keys_of(m_theirs)) {
    index(m_base_keys, m_base_at);
    index(m_ours_keys, m_ours_at);
    index(m_theirs_keys, m_theirs_at);
  }

  // Writes the merged file into `out`, the header first (`header`).
  void write(const model::Catalog& head_ours, const model::Catalog& head_theirs, bool header_clean,
             bool header_same, std::vector<Conflict>& conflicts, std::vector<Conflict>& header_conflicts,
             Output& out) {
    resolve(conflicts);
    const std::vector<Item> order = arrange();
    // Nothing to take from theirs: OURS as it is, byte for byte (whatever its layout).
    if (header_same &&
        std::all_of(order.begin(), order.end(), [&](const Item& item) {
          return item.from_ours && m_ours_decision[item.index].what == What::KeepOurs;
        })) {
      out.append_raw(m_in.ours_bytes);
      return;
    }
    m_layout = write::body_layout(m_in.ours, m_in.ours_bytes);
    const bool empty = std::none_of(order.begin(), order.end(), [&](const Item& item) {
      return (item.from_ours ? m_ours_decision[item.index] : m_theirs_decision[item.index]).what != What::Gone;
    });
    const bool keep_text = m_layout.usable && !empty;
    const unsigned dash = keep_text ? m_layout.dash_column : 2;
    // The header's comments: those before the first record (or all of them, without records).
    std::uint32_t first_record_line = UINT32_MAX;
    if (m_layout.usable) first_record_line = line_at(m_layout.starts.front());
    else if (!m_ours.empty()) first_record_line = m_ours.front().at.line;

    // The header: OURS's bytes when it is unchanged.
    if (keep_text && header_same) {
      out.append(m_in.ours_bytes.substr(0, m_layout.starts.front()));
    } else {
      if (header_clean) {
        out.append(write::header_yaml(head_ours, first_record_line));
      } else {
        const std::uint32_t line = out.next_line();
        for (Conflict& c : header_conflicts) c.output_line = line;
        out.append("<<<<<<< " + ours_label(m_in.options.name) + "\n");
        out.append(write::header_yaml(head_ours, first_record_line));
        out.append("=======\n");
        out.append(write::header_yaml(head_theirs, 0));
        out.append(">>>>>>> " + theirs_label(m_in.options.name) + "\n");
      }
      const std::string_view key = m_in.ours.kind == model::Kind::Targets    ? "targets"
                                   : m_in.ours.kind == model::Kind::Laws     ? "laws"
                                   : m_in.ours.kind == model::Kind::Staffing ? "years"
                                                                             : "matters";
      out.append(empty ? std::string(key) + ": []\n" : std::string(key) + ":\n");
    }

    for (const Item& item : order) {
      const Decision& d = item.from_ours ? m_ours_decision[item.index] : m_theirs_decision[item.index];
      switch (d.what) {
        case What::Gone:
          // A record removed: the blank lines and comments after it (not part of it) stay.
          if (keep_text && item.from_ours) {
            const size_t end = d.ours + 1 < m_layout.starts.size() ? m_layout.starts[d.ours + 1] : m_layout.suffix_begin;
            out.append(m_in.ours_bytes.substr(m_layout.content_end[d.ours], end - m_layout.content_end[d.ours]));
          }
          break;
        case What::KeepOurs: out.append(ours_text(d.ours, keep_text, dash)); break;
        case What::Write:
          out.append(item.from_ours ? rewritten(d.ours, d.record, keep_text, dash)
                                    : theirs_text(d.theirs, d.record, keep_text, dash));
          break;
        case What::Conflict: {
          // OURS's comments above the record stay outside the markers.
          const bool cut = keep_text && d.ours != none;
          if (cut) out.append(m_in.ours_bytes.substr(m_layout.starts[d.ours], m_layout.content_begin[d.ours] - m_layout.starts[d.ours]));
          const std::uint32_t line = out.next_line();
          for (size_t c = d.first_conflict; c < d.end_conflict; ++c) conflicts[c].output_line = line;
          out.append("<<<<<<< " + ours_label(m_in.options.name) + "\n");
          if (d.ours != none) {
            if (!cut) out.append(write::record_yaml(d.record_ours, dash));
            else if (d.record_ours == m_ours[d.ours])
              out.append(m_in.ours_bytes.substr(m_layout.content_begin[d.ours],
                                                m_layout.content_end[d.ours] - m_layout.content_begin[d.ours]));
            else
              out.append(write::record_yaml(d.record_ours, dash, &m_in.ours, m_layout.first_line[d.ours],
                                            m_layout.last_line[d.ours]));
          }
          out.append("=======\n");
          if (d.theirs != none) out.append(write::record_yaml(d.record, dash));
          out.append(">>>>>>> " + theirs_label(m_in.options.name) + "\n");
          if (cut) {  // and the blank lines and comments after it
            const size_t end = d.ours + 1 < m_layout.starts.size() ? m_layout.starts[d.ours + 1] : m_layout.suffix_begin;
            out.append(m_in.ours_bytes.substr(m_layout.content_end[d.ours], end - m_layout.content_end[d.ours]));
          }
          break;
        }
      }
    }
    if (keep_text && m_layout.suffix_begin < m_in.ours_bytes.size())
      out.append(m_in.ours_bytes.substr(m_layout.suffix_begin));
  }

 private:
  enum class What { Gone, KeepOurs, Write, Conflict };
  struct Decision {
    What what = What::Gone;
    size_t ours = none, theirs = none;  // Conflict: the sides that have the record
    R record{};       // Write: the merge; Conflict: theirs's version (the merge with theirs's values)
    R record_ours{};  // Conflict: ours's version
    size_t first_conflict = 0, end_conflict = 0;
  };
  struct Item {
    bool from_ours;
    size_t index;
  };

  static void index(const std::vector<std::string>& keys, std::unordered_map<std::string_view, size_t>& at) {
    at.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) at.emplace(keys[i], i);
  }
  static size_t find(const std::unordered_map<std::string_view, size_t>& at, std::string_view key) {
    const auto it = at.find(key);
    return it == at.end() ? none : it->second;
  }

  std::uint32_t line_at(size_t offset) const {
    return static_cast<std::uint32_t>(std::count(m_in.ours_bytes.begin(), m_in.ours_bytes.begin() + offset, '\n')) +
           1;
  }

  // A record of OURS written anew: the comments above it and the blank lines after it stay.
  std::string rewritten(size_t i, const R& record, bool keep_text, unsigned dash) const {
    if (!keep_text || i == none) return write::record_yaml(record, dash);
    const size_t end = i + 1 < m_layout.starts.size() ? m_layout.starts[i + 1] : m_layout.suffix_begin;
    std::string text(m_in.ours_bytes.substr(m_layout.starts[i], m_layout.content_begin[i] - m_layout.starts[i]));
    text += write::record_yaml(record, dash, &m_in.ours, m_layout.first_line[i], m_layout.last_line[i]);
    text += m_in.ours_bytes.substr(m_layout.content_end[i], end - m_layout.content_end[i]);
    return text;
  }

  // A record of THEIRS only: the comments above it and within it come along.
  std::string theirs_text(size_t j, const R& record, bool keep_text, unsigned dash) {
    if (!keep_text) return write::record_yaml(record, dash);
    if (!m_theirs_layout) m_theirs_layout = write::body_layout(m_in.theirs, m_in.theirs_bytes);
    const write::BodyLayout& l = *m_theirs_layout;
    if (!l.usable || j >= l.starts.size()) return write::record_yaml(record, dash);
    std::string text(m_in.theirs_bytes.substr(l.starts[j], l.content_begin[j] - l.starts[j]));
    text += write::record_yaml(record, dash, &m_in.theirs, l.first_line[j], l.last_line[j]);
    return text;
  }

  std::string ours_text(size_t i, bool keep_text, unsigned dash) const {
    if (!keep_text) return write::record_yaml(m_ours[i], dash);
    const size_t begin = m_layout.starts[i];
    const size_t end = i + 1 < m_layout.starts.size() ? m_layout.starts[i + 1] : m_layout.suffix_begin;
    return std::string(m_in.ours_bytes.substr(begin, end - begin));
  }

  Conflict conflict(Conflict::Kind kind, const std::string& key, const model::FieldInfo& info) const {
    Conflict c;
    c.kind = kind;
    c.code = key.substr(0, key.find('\x1f'));
    c.field = std::string(info.key);
    c.label_zh = std::string(info.zh);
    c.label_en = std::string(info.en);
    return c;
  }

  // Field by field: the merged record with ours's values (`with_ours`) and
  // with theirs's (`with_theirs`) where they conflict.
  void merge_record(const std::string& key, const R& b, const R& o, const R& t, Decision& d,
                    std::vector<Conflict>& conflicts) {
    d.record_ours = o;
    d.record = o;
    const size_t first = conflicts.size();
    Body<R>::table([&](const model::FieldInfo& info, auto value, auto at, auto... more) {
      const auto& vb = value(b);
      const auto& vo = value(o);
      const auto& vt = value(t);
      if (vo == vb) {
        if (!(vt == vb)) {
          detail::take_value(d.record_ours, t, value, at, more...);
          detail::take_value(d.record, t, value, at, more...);
        }
      } else if (!(vt == vb) && !(vo == vt)) {
        detail::take_value(d.record, t, value, at, more...);
        Conflict c = conflict(Conflict::Kind::Field, key, info);
        c.base = value_of(m_in.base, detail::shown(vb), at(b));
        c.ours = value_of(m_in.ours, detail::shown(vo), at(o));
        c.theirs = value_of(m_in.theirs, detail::shown(vt), at(t));
        conflicts.push_back(std::move(c));
      }
    });
    if (conflicts.size() == first) {
      d.what = What::Write;
      return;
    }
    d.what = What::Conflict;
    d.first_conflict = first;
    d.end_conflict = conflicts.size();
  }

  // A record one side changed and the other removed: each changed field.
  void changed_and_removed(Conflict::Kind kind, const std::string& key, const R& b, const R& changed,
                           bool ours_changed, Decision& d, std::vector<Conflict>& conflicts) {
    d.what = What::Conflict;
    d.first_conflict = conflicts.size();
    Body<R>::table([&](const model::FieldInfo& info, auto value, auto at, auto...) {
      if (value(b) == value(changed)) return;
      Conflict c = conflict(kind, key, info);
      c.base = value_of(m_in.base, detail::shown(value(b)), at(b));
      Value kept = value_of(ours_changed ? m_in.ours : m_in.theirs, detail::shown(value(changed)), at(changed));
      Value gone = value_of(ours_changed ? m_in.theirs : m_in.ours, std::nullopt, {});
      c.ours = ours_changed ? kept : gone;
      c.theirs = ours_changed ? gone : kept;
      conflicts.push_back(std::move(c));
    });
    d.end_conflict = conflicts.size();
  }

  void both_added(const std::string& key, const R& o, const R& t, Decision& d, std::vector<Conflict>& conflicts) {
    d.what = What::Conflict;
    d.record_ours = o;
    d.record = t;
    d.first_conflict = conflicts.size();
    Body<R>::table([&](const model::FieldInfo& info, auto value, auto at, auto...) {
      if (value(o) == value(t)) return;
      Conflict c = conflict(Conflict::Kind::BothAdded, key, info);
      c.base = value_of(m_in.base, std::nullopt, {});
      c.ours = value_of(m_in.ours, detail::shown(value(o)), at(o));
      c.theirs = value_of(m_in.theirs, detail::shown(value(t)), at(t));
      conflicts.push_back(std::move(c));
    });
    d.end_conflict = conflicts.size();
  }

  void resolve(std::vector<Conflict>& conflicts) {
    m_ours_decision.resize(m_ours.size());
    for (size_t i = 0; i < m_ours.size(); ++i) {
      const std::string& key = m_ours_keys[i];
      const size_t b = find(m_base_at, key), t = find(m_theirs_at, key);
      Decision& d = m_ours_decision[i];
      d.ours = i;
      d.theirs = t;
      const R& o = m_ours[i];
      if (b != none && t != none) {
        if (m_theirs[t] == m_base[b] || o == m_theirs[t]) d.what = What::KeepOurs;
        else merge_record(key, m_base[b], o, m_theirs[t], d, conflicts);  // (theirs's values on ours's positions)
        if (d.what == What::Write && d.record == o) d.what = What::KeepOurs;
      } else if (b != none) {  // removed by theirs
        if (o == m_base[b]) d.what = What::Gone;
        else {
          d.record_ours = o;
          changed_and_removed(Conflict::Kind::ChangedAndRemoved, key, m_base[b], o, true, d, conflicts);
        }
      } else if (t != none) {  // added on both sides
        if (o == m_theirs[t]) d.what = What::KeepOurs;
        else both_added(key, o, m_theirs[t], d, conflicts);
      } else {
        d.what = What::KeepOurs;  // added by ours
      }
    }
    m_theirs_decision.resize(m_theirs.size());
    for (size_t j = 0; j < m_theirs.size(); ++j) {
      const std::string& key = m_theirs_keys[j];
      if (find(m_ours_at, key) != none) continue;  // decided above
      const size_t b = find(m_base_at, key);
      Decision& d = m_theirs_decision[j];
      d.theirs = j;
      if (b == none) {  // added by theirs
        d.what = What::Write;
        d.record = m_theirs[j];
      } else if (m_theirs[j] == m_base[b]) {
        d.what = What::Gone;  // removed by ours
      } else {
        d.record = m_theirs[j];
        changed_and_removed(Conflict::Kind::RemovedAndChanged, key, m_base[b], m_theirs[j], false, d, conflicts);
      }
    }
  }

  // OURS's order; a record only theirs has goes after the record before it
  // on theirs's side (after ours's own additions there).
  std::vector<Item> arrange() const {
    std::vector<std::vector<size_t>> after(m_ours.size() + 1);  // [0]: first; [i + 1]: after ours's record i
    size_t anchor = 0;
    for (size_t j = 0; j < m_theirs.size(); ++j) {
      const size_t o = find(m_ours_at, m_theirs_keys[j]);
      if (o != none) anchor = o + 1;
      else if (m_theirs_decision[j].what != What::Gone) after[anchor].push_back(j);
    }
    std::vector<Item> order;
    order.reserve(m_ours.size() + m_theirs.size());
    const std::vector<size_t>* pending = &after[0];
    auto flush = [&] {
      for (size_t j : *pending) order.push_back({false, j});
    };
    for (size_t i = 0; i < m_ours.size(); ++i) {
      const bool ours_addition =
          find(m_base_at, m_ours_keys[i]) == none && find(m_theirs_at, m_ours_keys[i]) == none;
      if (!ours_addition) {
        flush();
        pending = &after[i + 1];
      }
      order.push_back({true, i});  // (a record removed too: what follows it may stay)
      // (an addition of ours only is no anchor on theirs's side: after[i + 1] is empty, and what waits
      // after the record before it comes after it)
    }
    flush();
    return order;
  }

  const Inputs& m_in;
  const std::vector<R>& m_base;
  const std::vector<R>& m_ours;
  const std::vector<R>& m_theirs;
  std::vector<std::string> m_base_keys, m_ours_keys, m_theirs_keys;
  std::unordered_map<std::string_view, size_t> m_base_at, m_ours_at, m_theirs_at;
  std::vector<Decision> m_ours_decision, m_theirs_decision;
  write::BodyLayout m_layout;
  std::optional<write::BodyLayout> m_theirs_layout;  // made when a record of theirs only is written
};

ThreeWay line_fallback(const yaml::Source& base, const yaml::Source& ours, const yaml::Source& theirs,
                       const ThreeWayOptions& options, Text reason, std::vector<Finding> findings) {
  ThreeWay result;
  LineMergeLabels labels;
  labels.ours = ours_label(options.name);
  labels.theirs = theirs_label(options.name);
  labels.base = options.name.empty() ? "base" : "base (" + options.name + ")";
  LineMerge merged = merge_lines(base.bytes, ours.bytes, theirs.bytes, labels);
  result.text = std::move(merged.text);
  result.line_conflicts = merged.conflicts;
  result.line_merge = true;
  result.fallback_reason = std::move(reason);
  result.findings = std::move(findings);
  return result;
}

}  // namespace

ThreeWay three_way(const yaml::Source& base, const yaml::Source& ours, const yaml::Source& theirs,
                   const ThreeWayOptions& options) {
  const yaml::Source* sources[] = {&base, &ours, &theirs};
  static const char* const side_zh[] = {"共同祖先", "我方", "对方"};
  static const char* const side_en[] = {"base", "ours", "theirs"};
  for (size_t s = 0; s < 3; ++s)
    if (yaml::has_conflict_markers(sources[s]->bytes))
      return line_fallback(base, ours, theirs, options,
                           text("{0}（`{1}`）已含冲突标记，改为逐行合并", "{2} (`{1}`) already holds conflict markers: merged by line",
                                side_zh[s], sources[s]->name, side_en[s]),
                           {});
  model::LoadedCatalog loaded[3];
  std::vector<Finding> reading;
  int unreadable = -1;
  // An empty BASE (git's %O when both branches add the file) is no catalog:
  // every record and header field is then added on both sides.
  const bool no_base = is_blank_catalog(base.bytes);
  // The three loads are independent: on the load options' threads.
  parallel_for(3, options.load.jobs ? options.load.jobs : hardware_jobs(), [&](size_t s) {
    if (s == 0 && no_base) return;
    loaded[s] = model::load_catalog(*sources[s], options.load);
  });
  if (no_base) {
    model::Catalog empty;
    empty.file = base.name;
    if (loaded[1].catalog) empty.kind = loaded[1].catalog->kind;
    empty.update_derived();
    loaded[0].catalog = std::move(empty);
  }
  for (size_t s = 0; s < 3; ++s) {
    bool bad = !loaded[s].catalog;
    for (Finding& f : loaded[s].findings)
      if (model::is_reading_code(f.code)) {
        bad = true;
        reading.push_back(std::move(f));
      }
    if (bad && unreadable < 0) unreadable = static_cast<int>(s);
  }
  if (unreadable >= 0)
    return line_fallback(base, ours, theirs, options,
                         text("{0}（`{1}`）不是可读的目录文件，改为逐行合并", "{2} (`{1}`) is not a readable catalog: merged by line",
                              side_zh[unreadable], sources[unreadable]->name, side_en[unreadable]),
                         std::move(reading));
  const model::Catalog& b = *loaded[0].catalog;
  const model::Catalog& o = *loaded[1].catalog;
  const model::Catalog& t = *loaded[2].catalog;
  if (b.kind != o.kind || o.kind != t.kind)
    return line_fallback(base, ours, theirs, options,
                         text("三个版本的 `kind` 不同，改为逐行合并", "the three versions differ in `kind`: merged by line"), {});

  ThreeWay result;
  const Inputs in{b, o, t, ours.bytes, theirs.bytes, options};
  model::Catalog head_ours, head_theirs;
  bool header_same = true;
  std::vector<Conflict> header_conflicts;
  const bool header_clean = merge_header(in, head_ours, head_theirs, header_conflicts, header_same);
  Output out;
  out.reserve(ours.bytes.size() + ours.bytes.size() / 8);
  std::vector<Conflict> body_conflicts;
  const bool has_body = detail::with_body(o.kind, [&](auto tag) {
    using R = decltype(tag);
    BodyMerge<R>(in).write(head_ours, head_theirs, header_clean, header_same, body_conflicts, header_conflicts, out);
  });
  if (!has_body) {
    if (o.kind == model::Kind::Cases)
      return line_fallback(base, ours, theirs, options,
                           text("案件数（`kind: cases`）按行合并", "case counts (`kind: cases`) are merged by line"), {});
    // A registry: the header by field; its `regions` (code → name) only when
    // no side changed them, else the whole file by line, so no side's region
    // is lost.
    auto same_regions = [](const model::Catalog& x, const model::Catalog& y) {
      return std::equal(x.regions.begin(), x.regions.end(), y.regions.begin(), y.regions.end(),
                        [](const model::Region& a, const model::Region& r) { return a.code == r.code && a.name == r.name; });
    };
    const bool has_regions = !b.regions.empty() || !o.regions.empty() || !t.regions.empty();
    if (has_regions && (!same_regions(b, o) || !same_regions(o, t) || (!header_same && !header_clean)))
      return line_fallback(base, ours, theirs, options,
                           text("登记表的地区名称（`regions`）有改动或表头有冲突，按行合并",
                                "the registry's `regions` changed or its header conflicts: merged by line"),
                           {});
    if (header_same) out.append_raw(ours.bytes);
    else if (header_clean && has_regions) {
      head_ours.regions = o.regions;
      head_ours.pos.body = o.pos.body;
      out.append(write::to_yaml(head_ours));
    } else if (header_clean) out.append(write::header_yaml(head_ours, UINT32_MAX));
    else {
      for (Conflict& c : header_conflicts) c.output_line = 1;
      out.append("<<<<<<< " + ours_label(options.name) + "\n" + write::header_yaml(head_ours, UINT32_MAX) +
                 "=======\n" + write::header_yaml(head_theirs, 0) + ">>>>>>> " + theirs_label(options.name) + "\n");
    }
  }
  result.text = out.take();
  result.conflicts = std::move(header_conflicts);
  result.conflicts.insert(result.conflicts.end(), std::make_move_iterator(body_conflicts.begin()),
                          std::make_move_iterator(body_conflicts.end()));
  return result;
}

}  // namespace encat::merge
