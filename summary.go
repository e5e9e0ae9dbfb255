package berita

import (
	"html"
	"strings"
)

// description returns the outlet's own summary of the article: its
// og:description, else its description meta, else its JSON-LD description.
func (h *htmlState) description(ld *ldArticle) string {
	d := firstOf(h.meta["og:description"], h.meta["description"])
	if d == "" && ld != nil {
		d = ld.Description
	}
	return cleanDescription(d)
}

// truncationMarks close a summary an outlet cut short.
var truncationMarks = []string{"...", "…", "[...]", "[…]", "(...)", "(…)"}

// cleanDescription cleans a summary as outlets write it: markup and
// entities (JSON-LD keeps both), the lead's dateline that opens it
// ("Liputan6.com, Jakarta - Pemerintah …"), and the mark of a summary cut
// short that closes it ("… dalam rapat...").
func cleanDescription(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	s = cleanText(stripMarkup(s))
	if dashOrColon(s[:min(len(s), maxDateline+8)]) {
		if _, prefix, rest, ok := cutDateline(s); ok && prefix == "" && rest != "" {
			s = rest
		}
	}
	for cut := true; cut; {
		cut = false
		for _, m := range truncationMarks {
			if t, ok := strings.CutSuffix(s, m); ok {
				s, cut = strings.TrimRight(t, " "), true
			}
		}
	}
	return s
}

// dashOrColon reports whether s holds a hyphen, a colon, or the lead byte
// of an en or em dash: where a dateline may end.
func dashOrColon(s string) bool {
	for i := range len(s) {
		if c := s[i]; c == '-' || c == ':' || c == 0xe2 {
			return true
		}
	}
	return false
}
