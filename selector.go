package berita

import "strings"

// A selector matches one element by its tag, id, classes and one attribute,
// optionally inside an ancestor matching scope: "div.kcm-read-top h2".
// The outlet table is written in these; they are compiled once, at init.
type selector struct {
	tag     string
	id      string
	classes []string
	attr    string
	val     string
	scope   int // index+1 of the scope selector in the site's scope list; 0 for none
}

// parseSelector compiles one simple selector: "tag", ".class", "tag.c1.c2",
// "#id", "tag#id", "[attr=value]", "tag[attr=value]".
func parseSelector(s string) selector {
	var sel selector
	if i := strings.IndexByte(s, '['); i >= 0 && strings.HasSuffix(s, "]") {
		a, v, _ := strings.Cut(s[i+1:len(s)-1], "=")
		sel.attr, sel.val = strings.ToLower(a), strings.Trim(v, `"'`)
		s = s[:i]
	}
	if i := strings.IndexByte(s, '#'); i >= 0 {
		sel.id = s[i+1:]
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	sel.tag = strings.ToLower(parts[0])
	for _, c := range parts[1:] {
		if c != "" {
			sel.classes = append(sel.classes, c)
		}
	}
	return sel
}

// match reports whether an element with these properties matches sel.
// scopes holds the bits of the scope selectors its ancestors matched.
func (sel *selector) match(e *elem, scopes uint64) bool {
	if sel.tag != "" && sel.tag != e.tag {
		return false
	}
	if sel.id != "" && sel.id != e.id {
		return false
	}
	for _, c := range sel.classes {
		if !hasClass(e.class, c) {
			return false
		}
	}
	if sel.attr != "" {
		v, ok := e.attr(sel.attr)
		if !ok || sel.val != "" && !strings.EqualFold(v, sel.val) {
			return false
		}
	}
	if sel.scope > 0 && scopes&(1<<(sel.scope-1)) == 0 {
		return false
	}
	return true
}

// hasClass reports whether the class attribute list holds the token c.
func hasClass(list, c string) bool {
	for list != "" {
		i := strings.IndexAny(list, " \t\n\r\f")
		tok := list
		if i >= 0 {
			tok, list = list[:i], list[i+1:]
		} else {
			list = ""
		}
		if tok == c {
			return true
		}
	}
	return false
}

// rules are a site's selectors, compiled.
type rules struct {
	scopes   []selector
	scopeSrc []string
	title    []selector
	date     []selector
	author   []selector
	editor   []selector
	body     []selector
	noise    []selector
	related  []selector
	pager    []selector
}

// compile compiles a site's selector lists; "A B" selectors put A in the
// scope list.
func (s *site) compile() {
	r := &s.rules
	one := func(list []string) []selector {
		var out []selector
		for _, src := range list {
			src = strings.TrimSpace(src)
			outer, inner, scoped := strings.Cut(src, " ")
			if !scoped {
				out = append(out, parseSelector(src))
				continue
			}
			idx := -1
			for i := range r.scopes {
				if r.scopeSrc[i] == outer {
					idx = i
				}
			}
			if idx < 0 && len(r.scopes) < 64 {
				r.scopes = append(r.scopes, parseSelector(outer))
				r.scopeSrc = append(r.scopeSrc, outer)
				idx = len(r.scopes) - 1
			}
			sel := parseSelector(strings.TrimSpace(inner))
			sel.scope = idx + 1
			out = append(out, sel)
		}
		return out
	}
	r.title, r.date, r.author, r.editor = one(s.title), one(s.date), one(s.author), one(s.editor)
	r.body, r.noise, r.related, r.pager = one(s.body), one(s.noise), one(s.related), one(s.pager)
}

func init() {
	for _, s := range sites {
		s.compile()
	}
}
