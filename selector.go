package berita

import (
	"bytes"
	"strings"
)

// A selector matches one element by its tag, id, classes and one attribute,
// optionally inside an ancestor matching scope: "div.kcm-read-top h2".
// The outlet table is written in these; they are compiled once, at init.
type selector struct {
	tag     string
	id      string
	classes []string
	attr    string
	val     []byte
	scope   int // index+1 of the scope selector in the site's scope list; 0 for none
}

// parseSelector compiles one simple selector: "tag", ".class", "tag.c1.c2",
// "#id", "tag#id", "[attr=value]", "tag[attr=value]".
func parseSelector(s string) selector {
	var sel selector
	if i := strings.IndexByte(s, '['); i >= 0 && strings.HasSuffix(s, "]") {
		a, v, _ := strings.Cut(s[i+1:len(s)-1], "=")
		sel.attr, sel.val = strings.ToLower(a), []byte(strings.Trim(v, `"'`))
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

// match reports whether the element matches sel. scopes holds the bits of
// the scope selectors its ancestors matched.
func (sel *selector) match(e *elem, scopes uint64) bool {
	if sel.tag != "" && sel.tag != e.tag {
		return false
	}
	if sel.id != "" && sel.id != string(e.id) {
		return false
	}
	for _, c := range sel.classes {
		if !hasClass(e.class, c) {
			return false
		}
	}
	if sel.attr != "" {
		v, ok := e.attrBytes(sel.attr)
		if !ok || len(sel.val) > 0 && !bytes.EqualFold(v, sel.val) {
			return false
		}
	}
	if sel.scope > 0 && scopes&(1<<(sel.scope-1)) == 0 {
		return false
	}
	return true
}

// hasClass reports whether the class attribute list holds the token c.
func hasClass(list []byte, c string) bool {
	found := false
	forFields(list, classSeps, func(tok []byte) bool {
		found = string(tok) == c
		return !found
	})
	return found
}

// A byteSet is a set of bytes, the separators of forFields.
type byteSet [256]bool

func newByteSet(chars string) *byteSet {
	var set byteSet
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	return &set
}

// classSeps separate the classes of a class attribute (HTML's white space);
// wordSeps also cut a class into its words ("read__content" → "read",
// "content").
var (
	classSeps = newByteSet(" \t\n\r\f")
	wordSeps  = newByteSet(" \t\n\r\f-_")
)

// forFields calls f with each run of s between bytes of seps until f returns false.
func forFields(s []byte, seps *byteSet, f func([]byte) bool) {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || seps[s[i]] {
			if start >= 0 && !f(s[start:i]) {
				return
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
}

// A rule says what an element matching a selector is to the parser.
type rule uint8

const (
	ruleScope rule = iota // an ancestor that scoped selectors require
	ruleNoise
	ruleBody
	ruleRelated
	ruleTitle
	ruleDate
	ruleAuthor
	ruleEditor
	rulePager
)

// A selRef is one compiled selector and the rule it serves.
type selRef struct {
	sel   selector
	rule  rule
	scope int // for ruleScope: the scope's index
}

// rules are a site's selectors, compiled and indexed so that an element is
// checked only against the selectors that could match it: those naming one
// of its classes, its id, or only its tag.
type rules struct {
	scopeSrc []string
	byClass  map[string][]*selRef // by the selector's first class
	byID     map[string][]*selRef
	byTag    []tagRefs // selectors with no class and no id, by tag
}

// tagRefs are the selectors that name only a tag (or nothing but an attribute).
type tagRefs struct {
	tag  string
	refs []*selRef
}

// compile compiles and indexes a site's selector lists; "A B" selectors put
// A in the scope list.
func (s *site) compile() {
	r := &s.rules
	r.byClass, r.byID = map[string][]*selRef{}, map[string][]*selRef{}
	add := func(ref *selRef) {
		switch {
		case len(ref.sel.classes) > 0:
			r.byClass[ref.sel.classes[0]] = append(r.byClass[ref.sel.classes[0]], ref)
		case ref.sel.id != "":
			r.byID[ref.sel.id] = append(r.byID[ref.sel.id], ref)
		default:
			for i := range r.byTag {
				if r.byTag[i].tag == ref.sel.tag {
					r.byTag[i].refs = append(r.byTag[i].refs, ref)
					return
				}
			}
			r.byTag = append(r.byTag, tagRefs{tag: ref.sel.tag, refs: []*selRef{ref}})
		}
	}
	one := func(list []string, ru rule) {
		for _, src := range list {
			src = strings.TrimSpace(src)
			outer, inner, scoped := strings.Cut(src, " ")
			if !scoped {
				add(&selRef{sel: parseSelector(src), rule: ru})
				continue
			}
			idx := -1
			for i, o := range r.scopeSrc {
				if o == outer {
					idx = i
				}
			}
			if idx < 0 {
				if len(r.scopeSrc) >= 64 {
					continue
				}
				idx = len(r.scopeSrc)
				r.scopeSrc = append(r.scopeSrc, outer)
				add(&selRef{sel: parseSelector(outer), rule: ruleScope, scope: idx})
			}
			sel := parseSelector(strings.TrimSpace(inner))
			sel.scope = idx + 1
			add(&selRef{sel: sel, rule: ru})
		}
	}
	one(s.noise, ruleNoise)
	one(s.body, ruleBody)
	one(s.related, ruleRelated)
	one(s.title, ruleTitle)
	one(s.date, ruleDate)
	one(s.author, ruleAuthor)
	one(s.editor, ruleEditor)
	one(s.pager, rulePager)
}

// matches calls f for every selector of the site the element matches.
// scopes holds the scope bits of its ancestors; byClass are the selectors
// indexed under the element's classes (classRefs).
func (r *rules) matches(e *elem, scopes uint64, byClass []*selRef, f func(*selRef)) {
	check := func(refs []*selRef) {
		for _, ref := range refs {
			if ref.sel.match(e, scopes) {
				f(ref)
			}
		}
	}
	for i := range r.byTag {
		if t := r.byTag[i].tag; t == e.tag || t == "" {
			check(r.byTag[i].refs)
		}
	}
	if len(e.id) > 0 {
		check(r.byID[string(e.id)])
	}
	check(byClass)
}

// classRefs returns the selectors indexed under any of the classes in list.
func (r *rules) classRefs(list []byte) []*selRef {
	var out []*selRef
	forFields(list, classSeps, func(c []byte) bool {
		out = append(out, r.byClass[string(c)]...)
		return true
	})
	return out
}

func init() {
	for _, s := range sites {
		s.compile()
		s.layerKeys = appendKeys(nil, s)
	}
}
