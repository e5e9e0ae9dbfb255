package berita

import (
	"cmp"
	"encoding/binary"
	"maps"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file finds the direct quotations in an article body and who said
// them, and the outlets the article cites as its sources.
//
// Indonesian news attributes a quotation with a reporting verb next to it:
//
//	“Musuh menyerang Kyiv ...,” ujar administrasi militer Kyiv di akun Telegramnya.
//	"Jendela dan bangunan ... rusak," ujarnya.
//	Stoltenberg menjelaskan, "..."
//	"...," ia melanjutkan.
//
// A verb with the -nya suffix, a pronoun (ia, dia, beliau) or a description
// ending in itu/ini/tersebut ("kata politisi Partai Hanura itu") stands for
// the last person named as a speaker or as the subject of a reporting verb
// ("Kementerian Dalam Negeri Kyiv mengatakan, ..."). A one-word name is
// replaced by the fullest capitalised name in the article that holds it
// ("Stoltenberg" → "Jens Stoltenberg"), or by the name an alias stands for
// ("Basuki Tjahaja Purnama (Ahok)", "Pria yang akrab disapa Dani").
//
// Everything is hand-written scanning over the paragraph strings; the word
// lists below are the only tables.

// A qspan is one quoted passage in a paragraph: the marks at open and close
// (byte offsets; close == len(text) when the quote runs on to the next
// paragraph) and the text between them.
type qspan struct {
	open, start, end, close int
	single                  bool // between ‘…’ or '…'
	cont                    bool // continues a quote left open in an earlier paragraph
	unclosed                bool // runs on to the next paragraph
}

// A token is a word or a single punctuation rune of a paragraph.
type token struct {
	s    string
	low  string    // s in lower case
	pos  int       // byte offset of s in the paragraph
	cls  wordClass // the word lists low is on
	word bool
	// upper: the token is a word that opens with an upper-case letter
	// (what isCapWord asks).
	upper bool
}

// is reports whether the token's word is on one of the lists c holds.
func (t token) is(c wordClass) bool { return t.cls&c != 0 }

// A wordClass is a set of the word lists below (funcWords, subjectVerbs, …)
// that a lower-cased word is on. A token carries its word's class, looked
// up once when it is read, where the quote and source finders ask about
// the word many times.
type wordClass uint32

// The word lists a wordClass holds, one bit each.
const (
	classFunc            wordClass = 1 << iota // funcWords
	classRunBreaker                            // runBreakers
	classDayMonth                              // dayMonth
	classSubjectVerb                           // subjectVerbs
	classTailVerb                              // tailVerbs
	classPassiveVerb                           // passiveVerbs
	classPronoun                               // pronouns
	classNameConnector                         // nameConnectors
	classTitleConnector                        // titleConnectors
	classAdverb                                // adverbs
	classAnaphor                               // anaphors
	classSpeakerStop                           // speakerStops
	classOffice                                // officeWords
	classHonorific                             // honorifics
	classRank                                  // ranks
	classNamePrefix                            // namePrefixes
	classSpeechActVerb                         // speechActVerbs
	classSpeechNoun                            // speechNouns
	classTitleGlue                             // titleGlue
	classSourceConnector                       // sourceConnectors
	classUnresolved                            // unresolved
	classSourceCue                             // sourceCues
	classSubjectWord                           // subjectWords
	classSentenceEnd                           // sentenceEnds
	classIndonesian                            // functionWords of Indonesian
	classEnglish                               // functionWords of English
)

// wordLists are the lists a wordClass tells, with their bits; the
// functionWords are two more.
var wordLists = []struct {
	words map[string]bool
	c     wordClass
}{
	{funcWords, classFunc},
	{runBreakers, classRunBreaker},
	{dayMonth, classDayMonth},
	{subjectVerbs, classSubjectVerb},
	{tailVerbs, classTailVerb},
	{passiveVerbs, classPassiveVerb},
	{pronouns, classPronoun},
	{nameConnectors, classNameConnector},
	{titleConnectors, classTitleConnector},
	{adverbs, classAdverb},
	{anaphors, classAnaphor},
	{speakerStops, classSpeakerStop},
	{officeWords, classOffice},
	{honorifics, classHonorific},
	{ranks, classRank},
	{namePrefixes, classNamePrefix},
	{speechActVerbs, classSpeechActVerb},
	{speechNouns, classSpeechNoun},
	{titleGlue, classTitleGlue},
	{sourceConnectors, classSourceConnector},
	{unresolved, classUnresolved},
	{sourceCues, classSourceCue},
	{subjectWords, classSubjectWord},
	{sentenceEnds, classSentenceEnd},
}

// wordClasses holds every word of the lists with its class. The words go
// in in order, so that what a search costs is the same from one run to the
// next, and the function words of the two languages, the commonest words
// of a text, go first, to take the slots their searches start at.
var wordClasses = func() *wordTable {
	m := new(wordTable)
	for _, w := range slices.Sorted(maps.Keys(functionWords)) {
		c := classIndonesian
		if functionWords[w] == 'e' {
			c = classEnglish
		}
		m.add(w, c)
		classFilter.add(w)
	}
	for _, l := range wordLists {
		for _, w := range slices.Sorted(maps.Keys(l.words)) {
			m.add(w, l.c)
			classFilter.add(w)
		}
	}
	return m
}()

// A wordTable is a set of lower-cased words of sixteen bytes at most, each
// with its class: an open-addressed hash table keyed by the word's bytes
// read eight at a time (a wordKey), which tells a word of the text in a
// fraction of the time a map takes to hash it. It must stay less than full.
type wordTable [1 << wordTableBits]struct {
	head, tail uint64 // the word's wordKey
	n          uint8  // its length; 0 marks an empty slot
	cls        wordClass
}

// A wordKey is a word of sixteen bytes at most as a wordTable files it:
// its first eight bytes and, in a word longer than eight, its last eight,
// little-endian and with zeros past the word's end, and its length.
type wordKey struct {
	head, tail uint64
	n          int
}

// keyOf returns the wordKey of w.
func keyOf[T ~string | ~[]byte](w T) wordKey {
	if len(w) > 8 {
		return wordKey{word8(w[:8]), word8(w[len(w)-8:]), len(w)}
	}
	var head uint64
	for i := len(w) - 1; i >= 0; i-- {
		head = head<<8 | uint64(w[i])
	}
	return wordKey{head, 0, len(w)}
}

// slot returns where the search for the word of key k in a wordTable
// starts.
func (t *wordTable) slot(k wordKey) int {
	return int((k.head + k.tail*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9 >> (64 - wordTableBits))
}

// wordTableBits sizes a wordTable: 2048 slots, about four times the words
// of the lists, so that a search seldom goes past its first slot.
const wordTableBits = 11

// add puts the word w in the table, or adds c to its class. The word must
// not be longer than sixteen bytes.
func (t *wordTable) add(w string, c wordClass) {
	if w == "" || len(w) > 16 {
		panic("berita: a word list holds " + strconv.Quote(w) + ", which a wordTable cannot")
	}
	k := keyOf(w)
	i := t.slot(k)
	for t[i].n != 0 && (t[i].head != k.head || t[i].tail != k.tail || int(t[i].n) != k.n) {
		i = (i + 1) % len(t)
	}
	t[i].head, t[i].tail, t[i].n = k.head, k.tail, uint8(k.n)
	t[i].cls |= c
}

// class returns the class of the word of key k, 0 when it is not in the
// table.
func (t *wordTable) class(k wordKey) wordClass {
	for i := t.slot(k); t[i].n != 0; i = (i + 1) % len(t) {
		if t[i].head == k.head && t[i].tail == k.tail && int(t[i].n) == k.n {
			return t[i].cls
		}
	}
	return 0
}

// asciiClasses holds the class of each ASCII byte as a token of its own.
var asciiClasses = func() (t [utf8.RuneSelf]wordClass) {
	for c := range t {
		t[c] = classOf(string(rune(c)))
	}
	return t
}()

// classFilter holds a bit for the length, first and last byte of each word
// of wordClasses: most words of a text are on no list, and the filter turns
// them away without hashing them.
var classFilter wordFilter

// A wordFilter is a set of word shapes: length, first and last byte.
type wordFilter [256]uint64

func shapeOf[T ~string | ~[]byte](w T) uint {
	return uint(len(w)&15)<<10 | uint(w[0]&31)<<5 | uint(w[len(w)-1]&31)
}

func (f *wordFilter) add(w string) {
	if w != "" {
		k := shapeOf(w)
		f[k>>6] |= 1 << (k & 63)
	}
}

// has reports whether a word of w's shape was added: false surely means
// w was not.
func (f *wordFilter) has(w []byte) bool {
	return len(w) > 0 && f.hasShape(shapeOf(w))
}

// hasShape reports whether a word of the shape k was added.
func (f *wordFilter) hasShape(k uint) bool {
	return f[k>>6]&(1<<(k&63)) != 0
}

// classOf returns the class of a lower-cased word.
func classOf(low string) wordClass {
	if low == "" || !classFilter.hasShape(shapeOf(low)) {
		return 0
	}
	return wordClasses.class(keyOf(low))
}

// findQuotes returns the direct quotations in paras, in order, with their
// speakers resolved as the package comment above describes. Headings
// (KindHeading) hold no quotes but keep their index: Quote.Paragraph indexes
// paras. A quotation that runs over several paragraphs gives one Quote per
// paragraph. Scare quotes of one or two words, titles of works in Title Case
// and apostrophes inside words are not quotations. findQuotes never panics
// and returns nil when there is nothing to report.
func findQuotes(paras []Paragraph) []Quote {
	return findQuotesIn(nil, paras, tokenizeAll(paras), 0)
}

// tokenizeAll splits every text paragraph into tokens; headings get none.
// findQuotesIn and findSourcesIn share them.
func tokenizeAll(paras []Paragraph) [][]token {
	bt, _ := tokenizeInto(nil, paras)
	return bt.toks
}

// bodyTokens are the tokens of a body's paragraphs and what was learnt
// about their words while they were read.
type bodyTokens struct {
	toks [][]token // each paragraph's tokens; nil for headings
	// classes holds, for each paragraph, the union of its words' classes:
	// a paragraph without classSourceCue has no cue findSourcesIn reads.
	classes []wordClass
	lang    languageCount // the function words of all the paragraphs
}

// findQuotesIn is findQuotes over paragraphs already tokenized: it appends
// their quotes to dst, with the index of each quote's paragraph counted
// from offset.
func findQuotesIn(dst []Quote, paras []Paragraph, toks [][]token, offset int) []Quote {
	st := quotePool.Get().(*quoteState)
	defer st.release()
	// The quoted passages of every paragraph come first: an article with
	// none needs no names read, and what the paragraphs after the last
	// one say names no speaker of a quote. They go one after the other in
	// st.spans, paragraph pi's up to st.spanEnds[pi].
	last := -1
	carry := false
	for pi := range paras {
		p := &paras[pi]
		if p.Kind == KindHeading {
			carry = false
		} else {
			n := len(st.spans)
			if st.spans, carry = scanQuotes(st.spans, p.Text, carry); len(st.spans) > n {
				last = pi
			}
		}
		st.spanEnds = append(st.spanEnds, int32(len(st.spans)))
	}
	if last < 0 {
		return dst
	}
	st.paras, st.toks, st.lastQuoted = paras, toks, last
	st.indexNames()
	out := st.out
	prevHadQuote := false
	chain := 0
	for pi := range paras[:last+1] {
		p := &paras[pi]
		if p.Kind == KindHeading {
			continue
		}
		prevIntro := st.introduced
		st.introduced = false
		qs := st.paragraph(pi, p.Text, st.toks[pi], st.spansOf(pi), prevHadQuote || prevIntro)
		prevHadQuote = len(qs) > 0
		for i := range qs {
			if i == 0 && len(out) > 0 && out[len(out)-1].unclosed {
				qs[i].chain = out[len(out)-1].chain
			} else {
				chain++
				qs[i].chain = chain
			}
			out = append(out, qs[i])
		}
	}
	st.out = out
	// A quotation spread over paragraphs is attributed once, usually after
	// its last part: give every part the speaker of the part that names one.
	for i := 0; i < len(out); {
		j := i
		for j < len(out) && out[j].chain == out[i].chain {
			j++
		}
		if j-i > 1 {
			best := -1
			for k := i; k < j; k++ {
				if out[k].explicit {
					best = k
				}
			}
			if best >= 0 {
				for k := i; k < j; k++ {
					if !out[k].explicit {
						out[k].q.Speaker = out[best].q.Speaker
					}
				}
			}
		}
		i = j
	}
	dst = slices.Grow(dst, len(out))
	for _, f := range out {
		f.q.Paragraph += offset
		dst = append(dst, f.q)
	}
	return dst
}

// quotePool holds quoteStates for findQuotesIn, whose slices keep their
// room from one article to the next. A state put back points into no
// article (release).
var quotePool = sync.Pool{New: func() any { return new(quoteState) }}

// maxKept bounds the room a pooled quoteState keeps, in quoted passages
// or names (four times as many paragraphs): a huge body's is dropped.
const maxKept = 1 << 12

// release empties st of the article read and puts it back in quotePool,
// keeping the room of its slices unless a huge body grew them.
func (st *quoteState) release() {
	clear(st.found[:cap(st.found)]) // quotes of the article
	clear(st.out[:cap(st.out)])
	kept := quoteState{
		runs:     st.runs[:0],
		sents:    st.sents[:0],
		found:    st.found[:0],
		out:      st.out[:0],
		spans:    st.spans[:0],
		spanEnds: st.spanEnds[:0],
	}
	if cap(kept.spans) > maxKept || cap(kept.spanEnds) > 4*maxKept || cap(kept.runs) > maxKept {
		kept = quoteState{}
	}
	*st = kept
	quotePool.Put(st)
}

// spansOf returns the quoted passages of paragraph pi.
func (st *quoteState) spansOf(pi int) []qspan {
	start := int32(0)
	if pi > 0 {
		start = st.spanEnds[pi-1]
	}
	return st.spans[start:st.spanEnds[pi]]
}

// maxSentence bounds the words read before a quote for its speaker, so
// that text with no sentence ends costs linear time.
const maxSentence = 80

// A found quote is a Quote with what findQuotes needs to join the parts of
// a quotation spread over paragraphs.
type found struct {
	q        Quote
	explicit bool // the speaker was named by a verb next to this part
	cont     bool
	unclosed bool
	chain    int
}

// A nameRun is a capitalised name sequence: tokens lo to hi of paragraph
// para. It holds no pointers, so the runs of a long article cost the
// garbage collector nothing to scan. words and firsts are the wordBit and
// firstBit of each of its words' lower case, ORed: a run lacking a bit of
// a name's words cannot hold the name, and fullest passes it by.
type nameRun struct {
	para, lo, hi  int32
	words, firsts uint64
}

// wordBit returns one of 64 bits for the word w, by its length and its
// first and last bytes; 0 for "".
func wordBit(w string) uint64 {
	if w == "" {
		return 0
	}
	return 1 << ((uint(len(w)) + 7*uint(w[0]) + 13*uint(w[len(w)-1])) & 63)
}

// firstBit returns one of 64 bits for the first byte of w, which every
// word that w opens shares; 0 for "".
func firstBit(w string) uint64 {
	if w == "" {
		return 0
	}
	return 1 << (w[0] & 63)
}

// newNameRun returns the nameRun of the tokens lo to hi of paragraph para.
func newNameRun(para int, toks []token, lo, hi int) nameRun {
	r := nameRun{para: int32(para), lo: int32(lo), hi: int32(hi)}
	for i := lo; i < hi; i++ {
		if t := &toks[i]; t.word {
			r.words |= wordBit(t.low)
			r.firsts |= firstBit(t.low)
		}
	}
	return r
}

// run returns the text of the paragraph holding r and r's tokens.
func (st *quoteState) run(r nameRun) (string, []token) {
	return st.paras[r.para].Text, st.toks[r.para][r.lo:r.hi]
}

// quoteState is the state of one findQuotes call, kept in quotePool
// between calls.
type quoteState struct {
	paras []Paragraph
	toks  [][]token // tokens of each paragraph; nil for headings
	runs  []nameRun // capitalised name sequences of the whole article
	// alias maps a lower-cased one-word alias ("ahok", "dani") to the name
	// it stands for; nil until the article gives one.
	alias map[string]string
	last  string // the last speaker or reporting subject named
	// full holds fullest's answers: the first ones in known, a map past
	// them (nil until needed), as an article names few people.
	full struct {
		known [fullKnown]struct{ name, full string }
		n     int
		more  map[string]string
	}
	// main is the article's most named person, found on first use.
	main     string
	mainDone bool
	// said holds the lower-cased one-word names the article gives a
	// reporting verb ("Djoko menjelaskan", "sambung Azmiati"); nil if none.
	said map[string]bool
	// introduced reports that the paragraph being read named a speaker in
	// a sentence without quotes.
	introduced bool
	// sents holds the sentence starts of the paragraph being read.
	sents []sentence
	// found is the room paragraph returns its quotes in, reused from one
	// paragraph to the next; out gathers the quotes of all the paragraphs.
	found []found
	out   []found
	// spans holds the quoted passages of all the paragraphs, paragraph
	// pi's up to spanEnds[pi] (see spansOf).
	spans    []qspan
	spanEnds []int32
	// lastQuoted is the index of the last paragraph with a quote.
	lastQuoted int
	// lower holds the words the article writes in lower case (see
	// writtenLower); nil until asked often (lowerAsked counts the
	// questions answered without it).
	lower      map[string]bool
	lowerAsked int
}

// indexNames collects the capitalised name sequences of the article and the
// aliases given in parentheses ("Basuki Tjahaja Purnama (Ahok)"). Only runs
// of two words or more are kept: fullest looks for a run longer than the
// name it is given, of a word at least, and handleOwner for a name of two.
// A paragraph that is a headline in title case (a linked article's title
// left in the text) has no names: its capitalised words run on past the
// name ("Pramono Yakin Transaksi Capai Rp").
func (st *quoteState) indexNames() {
	for pi, p := range st.paras {
		if p.Kind == KindHeading || isHeadlineText(p.Text) && titleCased(p.Text) {
			continue
		}
		toks := st.toks[pi]
		for i := 0; i < len(toks); i++ {
			if !toks[i].upper { // !isCapWord
				continue
			}
			j := capRunEnd(toks, i)
			if j == i+1 {
				// A run of one word: noteSaid keeps it only next to a
				// reporting verb, which most are not.
				st.noteSaid(toks, i)
				continue
			}
			lo, hi := trimBounds(toks[i:j])
			if n := hi - lo; n >= 2 && n <= 8 {
				st.runs = append(st.runs, newNameRun(pi, toks, i+lo, i+hi))
				// "Nama Lengkap (Alias)"
				// toks[j].s == "(": no other token opens with '('.
				if j+2 < len(toks) && toks[j].s[0] == '(' && toks[j+2].s == ")" && isCapWord(toks[j+1]) {
					a := toks[j+1].low
					if _, ok := st.alias[a]; !ok {
						st.setAlias(a, joinToks(p.Text, toks[i+lo:i+hi]))
					}
				}
			}
			i = j - 1 // capRunEnd returns more than i
		}
	}
}

// paragraph finds and attributes the quotes of one paragraph.
func (st *quoteState) paragraph(pi int, text string, toks []token, spans []qspan, prevHadQuote bool) []found {
	st.sents = sentenceStarts(st.sents[:0], text, toks, spans)
	sents := st.sents
	// The quotes go in the room the paragraph before used: the caller
	// copies them out before it reads the next paragraph.
	out := st.found[:0]
	si := 0 // next sentence start to look at for subjects
	oi := 0 // the first span that opens at or after sentence si
	for k, sp := range spans {
		// Sentences wholly before this quote may introduce a subject.
		for si < len(sents) && sents[si].start < sp.open {
			end := sp.open
			if si+1 < len(sents) {
				end = min(end, sents[si+1].start)
			}
			if !openFrom(spans, &oi, sents[si].start, end) {
				st.subjectIn(text, tokensIn(toks, sents[si].start, end))
			}
			si++
		}
		qtext := strings.TrimSpace(text[sp.start:sp.end])
		if qtext == "" {
			continue
		}
		nextOpen := len(text)
		if k+1 < len(spans) {
			nextOpen = spans[k+1].open
		}
		tail := tokensIn(toks, sp.close+1, nextOpen)
		if sp.unclosed {
			tail = nil
		}
		att := st.tailAttribution(text, tail, qtext)
		if !keepQuote(text, sp, qtext, att.ok) {
			continue
		}
		if !att.ok && !sp.cont && !sp.unclosed && st.translatedAfter(pi, tail) {
			continue // a prayer or a foreign text, then "Artinya: ..."
		}
		f := found{q: Quote{Text: qtext, Paragraph: pi}, cont: sp.cont, unclosed: sp.unclosed}
		switch {
		case att.ok:
			f.q.Speaker, f.q.Verb, f.explicit = att.speaker, att.verb, true
			if name := st.handleOwner(text, tail); name != "" {
				f.q.Speaker = name
			}
		default:
			start := sentenceBefore(sents, sp.open)
			if sp.cont {
				start = sp.open
			}
			prefix := tokensIn(toks, start, sp.open)
			if len(prefix) > maxSentence {
				prefix = prefix[len(prefix)-maxSentence:]
			}
			if s, v, ok := st.subjectOf(text, prefix); ok {
				f.q.Speaker, f.q.Verb, f.explicit = s, v, true
			} else if len(out) > 0 {
				f.q.Speaker = out[len(out)-1].q.Speaker
			} else if s, v, ok := st.laterInParagraph(text, toks, spans, k); ok {
				f.q.Speaker, f.q.Verb = s, v
			} else if startsParagraph(text, sp.open) && (prevHadQuote || sp.cont) {
				f.q.Speaker = st.last
			} else if st.introduced && gluedBreakBefore(text, sp.open) {
				// "... memberikan pujian.,,,\"Wow ...\"": a paragraph glued
				// on after the one that named its speaker.
				f.q.Speaker = st.last
			}
		}
		if notSpeaker(f.q.Speaker) {
			f.q.Speaker = ""
		}
		if f.q.Speaker != "" {
			st.last = f.q.Speaker
		}
		out = append(out, f)
	}
	st.found = out
	if pi == st.lastQuoted {
		return out // the sentences after the article's last quote name no speaker of one
	}
	for ; si < len(sents); si++ {
		end, endTok := len(text), len(toks)
		if si+1 < len(sents) {
			end, endTok = sents[si+1].start, sents[si+1].tok
		}
		if !openFrom(spans, &oi, sents[si].start, end) {
			st.subjectIn(text, toks[sents[si].tok:endTok])
		}
	}
	return out
}

// handleOwner returns the person an attribution (tail, tokens of text)
// names by a social-media handle ("kata pemilik akun Instagram
// @arifedison"): the name the article writes whose letters are the
// handle's, or open it ("Arif Edison"). It returns "" when the attribution
// holds no handle or the article no such name.
func (st *quoteState) handleOwner(text string, tail []token) string {
	if len(tail) == 0 {
		return ""
	}
	// Most attributions hold no '@' at all.
	last := &tail[min(len(tail), maxSentence)-1]
	if strings.IndexByte(text[tail[0].pos:last.pos+len(last.s)], '@') < 0 {
		return ""
	}
	for i := 0; i < len(tail) && i < maxSentence; i++ {
		var handle string
		switch t := tail[i]; {
		case strings.HasPrefix(t.low, "@"):
			handle = titleKey(t.low)
		case t.s == "@" && i+1 < len(tail) && tail[i+1].word:
			handle = titleKey(tail[i+1].low)
		case t.s == ".", t.s == "," && i > 8:
			return ""
		default:
			continue
		}
		if len(handle) < 5 {
			return ""
		}
		for _, r := range st.runs {
			text, toks := st.run(r)
			// The name may follow a title in its run ("Model Arif Edison").
			for k := 0; k+2 <= len(toks) && len(toks)-k <= 4; k++ {
				name := joinToks(text, toks[k:])
				if l := titleKey(name); len(l) >= 5 && strings.HasPrefix(handle, l) {
					return st.fullest(name)
				}
			}
		}
		return ""
	}
	return ""
}

// antecedent returns who a pronoun stands for: the last speaker or
// reporting subject, or before any, the person the article names most.
func (st *quoteState) antecedent() string {
	if st.last != "" {
		return st.last
	}
	if !st.mainDone {
		st.mainDone = true
		st.main = st.mainPerson()
	}
	return st.main
}

// mainPerson returns the person the article is about: the name of two
// words or more that first opens a sentence ("Brandon Nicholas Salim,
// putra sulung aktor ...").
func (st *quoteState) mainPerson() string {
	var starts []sentence
	for pi, p := range st.paras {
		if p.Kind == KindHeading {
			continue
		}
		toks := st.toks[pi]
		starts = sentenceStarts(starts[:0], p.Text, toks, nil)
		for i, a := range starts {
			b := len(toks)
			if i+1 < len(starts) {
				b = starts[i+1].tok
			}
			run, _ := leadSubject(p.Text, toks[a.tok:b])
			if len(run) >= 2 && !run[0].is(classOffice) {
				return st.fullest(joinToks(p.Text, run))
			}
		}
	}
	return ""
}

// laterInParagraph returns the speaker named after a later quote of the same
// paragraph, for `"A." "B," kata X.`
func (st *quoteState) laterInParagraph(text string, toks []token, spans []qspan, k int) (speaker, verb string, ok bool) {
	for j := k + 1; j < len(spans) && j <= k+3; j++ {
		if spans[j].unclosed {
			return "", "", false
		}
		nextOpen := len(text)
		if j+1 < len(spans) {
			nextOpen = spans[j+1].open
		}
		saved := st.last
		att := st.tailAttribution(text, tokensIn(toks, spans[j].close+1, nextOpen), "")
		st.last = saved
		if att.ok {
			return att.speaker, att.verb, true
		}
		if sentenceEndsBetween(text, spans[j-1].close, spans[j].open) {
			return "", "", false
		}
	}
	return "", "", false
}

// An attribution is a speaker found next to a quote.
type attribution struct {
	speaker, verb string
	ok            bool
}

// tailAttribution reads the words after a closing mark: `, ujar X`,
// `ujarnya`, `kata dia`, `X mengatakan`, `ia melanjutkan`, `X said`.
func (st *quoteState) tailAttribution(text string, tail []token, qtext string) attribution {
	i := 0
	for i < len(tail) && !tail[i].word && strings.Contains(",;–—-", tail[i].s) {
		i++
	}
	if i >= len(tail) || !tail[i].word {
		return attribution{}
	}
	w := tail[i]
	lw := w.low
	// Verb first: "ujar X", "ujarnya", "kata dia".
	if base, ok := strings.CutSuffix(lw, "nya"); ok && tailVerbs[base] && !tailVerbs[lw] {
		return attribution{speaker: st.antecedent(), verb: w.s, ok: true}
	}
	if w.is(classTailVerb) {
		rest := tail[i+1:]
		if len(rest) > 0 && rest[0].word && rest[0].is(classPronoun) {
			return attribution{speaker: st.antecedent(), verb: w.s, ok: true}
		}
		name, anaphor := st.speakerAt(text, rest)
		if anaphor && st.last != "" {
			return attribution{speaker: st.antecedent(), verb: w.s, ok: true}
		}
		if name == "" {
			if lw == "said" || lw == "says" {
				return attribution{}
			}
			return attribution{speaker: st.antecedent(), verb: w.s, ok: true}
		}
		return attribution{speaker: st.fullest(name), verb: w.s, ok: true}
	}
	// "demikian pernyataan tim Project Zero"
	if lw == "demikian" && i+1 < len(tail) && tail[i+1].word && demikianNouns[tail[i+1].low] {
		rest := tail[i+2:]
		if len(rest) > 0 && strings.EqualFold(rest[0].s, "oleh") {
			rest = rest[1:]
		}
		name, anaphor := speakerAfter(text, rest)
		if anaphor || name == "" {
			return attribution{speaker: st.antecedent(), verb: w.s + " " + tail[i+1].s, ok: true}
		}
		return attribution{speaker: st.fullest(name), verb: w.s + " " + tail[i+1].s, ok: true}
	}
	// Subject first: "ia melanjutkan", "Soini affirmed", "sumber itu menambahkan".
	for j := i; j < len(tail) && j < i+9; j++ {
		if !tail[j].word {
			if tail[j].s == "." && j > i && isInitial(&tail[j-1]) {
				continue
			}
			break
		}
		if !tail[j].is(classSubjectVerb) || j == i {
			continue
		}
		s, ok := st.subjectBefore(text, tail[i:j])
		if !ok {
			return attribution{}
		}
		return attribution{speaker: s, verb: tail[j].s, ok: true}
	}
	return attribution{}
}

// subjectBefore reads the subject that ends right before a reporting verb:
// a pronoun, an anaphoric description, or the last capitalised name.
func (st *quoteState) subjectBefore(text string, toks []token) (string, bool) {
	j := len(toks) - 1
	for j >= 0 && (!toks[j].word && toks[j].s == "," || toks[j].word && toks[j].is(classAdverb)) {
		j--
	}
	if j < 0 || !toks[j].word {
		return "", false
	}
	if toks[j].is(classPronoun | classAnaphor) {
		a := st.antecedent()
		return a, a != ""
	}
	if !isCapWord(toks[j]) {
		return "", false
	}
	k := j
	for k > 0 {
		prev := toks[k-1]
		switch {
		case glued(&prev, &toks[k]):
		case isCapWord(prev):
			k--
			continue
		case prev.word && prev.is(classNameConnector) && k-2 >= 0 && isCapWord(toks[k-2]):
			k--
			continue
		case prev.s == "." && k-2 >= 0 && isInitial(&toks[k-2]):
			k--
			continue
		}
		break
	}
	k = max(k, j-5) // a name, not a glued headline
	run := trimRun(toks[k : j+1])
	if len(run) == 0 {
		return "", false
	}
	// "Muhammad Buldansyah, Wakil Presiden Direktur, mengatakan"
	if k >= 2 && toks[k-1].s == "," && run[0].is(classOffice) {
		if pre := capRunBefore(toks, k-1); len(pre) > 0 && !pre[0].is(classOffice) {
			run = pre
		}
	}
	return st.fullest(joinToks(text, run)), true
}

// capRunBefore returns the capitalised run that ends right before toks[end].
func capRunBefore(toks []token, end int) []token {
	k := end
	for k > 0 && isCapWord(toks[k-1]) {
		k--
	}
	return trimRun(toks[k:end])
}

// leadSubject reads the name a sentence opens with, choosing the name in
// "Title, Name," and "Name, Title,": "Kepala Humas Bandara (BIL), Eka
// Asmadi, saat dihubungi ..., mengatakan" → "Eka Asmadi".
func leadSubject(text string, toks []token) ([]token, int) {
	i := 0
	for i < len(toks) && (!toks[i].word || toks[i].is(classFunc)) {
		i++
	}
	if i >= len(toks) || !isCapWord(toks[i]) || toks[i].is(classPronoun) {
		return nil, 0
	}
	j := capRunEnd(toks, i)
	run := trimRun(toks[i:j])
	// A long title up to the comma: capitalised words, "dan", "(BIL)".
	k := j
title:
	for k < len(toks) {
		t := toks[k]
		switch {
		case isCapWord(t) || t.word && unicode.IsDigit(firstRune(t.s)):
		case t.word && (t.is(classTitleConnector) || t.is(classNameConnector)):
		case t.s == "(" && k+2 < len(toks) && toks[k+2].s == ")":
			k += 2
		default:
			break title
		}
		k++
	}
	if k+1 < len(toks) && toks[k].s == "," && isCapWord(toks[k+1]) {
		m := capRunEnd(toks, k+1)
		if m >= len(toks) || toks[m].s == "," {
			pre := run
			if k > j {
				pre = trimRun(toks[i:k])
			}
			return chooseAppos(pre, trimRun(toks[k+1:m])), m
		}
	}
	return run, j
}

// chooseAppos picks the name from an apposition "pre, post": the name
// after a description or an office ("ketua tim, Yulisyah", "Kapolsek
// Cibeunying, AKP Dedi"), the name before an office ("Muhammad Buldansyah,
// Wakil Presiden Direktur").
func chooseAppos(pre, post []token) []token {
	switch {
	case len(post) == 0:
		return pre
	case len(pre) == 0:
		return post
	case post[0].is(classOffice):
		return pre
	case pre[0].is(classOffice):
		return post
	}
	for _, t := range pre {
		if t.word && !isCapWord(t) && !t.is(classHonorific) && !t.is(classNameConnector) {
			return post
		}
	}
	return pre
}

// subjectOf finds the speaker of a quote with no verb after it from the
// words of its sentence before the opening mark: "Kata X, ...",
// "X mengatakan, ...", "Menurut X, ...", "X, Title, menekankan ... 'partial quote'".
func (st *quoteState) subjectOf(text string, toks []token) (speaker, verb string, ok bool) {
	for j := range toks {
		t := &toks[j]
		if !subjectCue(t) {
			continue // most words, and every mark: no case below holds
		}
		lw := t.low
		switch {
		case lw == "menurutnya":
			if a := st.antecedent(); a != "" {
				return a, t.s, true
			}
		case lw == "menurut" || lw == "kata" && j == 0:
			rest := toks[j+1:]
			if len(rest) > 0 && rest[0].word && (rest[0].is(classPronoun) || rest[0].s == "nya") {
				if a := st.antecedent(); a != "" {
					return a, t.s, true
				}
				continue
			}
			if len(rest) > 0 && isCapWord(rest[0]) {
				if name, _ := st.speakerAt(text, rest); name != "" {
					return st.fullest(name), t.s, true
				}
			}
		case j > 0 && toks[j-1].s == "," && j+1 < len(toks) && isCapWord(toks[j+1]) && t.is(classTailVerb):
			// "Pemkot Bandung, kata Teguh, akan membangun ...": the
			// reporting verb between commas names who says it.
			if name, anaphor := st.speakerAt(text, toks[j+1:]); name != "" && !anaphor {
				return st.fullest(name), t.s, true
			}
		case t.is(classSubjectVerb) && j > 0:
			// "NAMA, peneliti dari Universitas X, menambahkan": the
			// subject opens the sentence; the apposition closed by the
			// comma before the verb only describes it.
			run, end := leadSubject(text, toks[:j])
			if toks[j-1].s == "," && len(run) > 0 && end < j && toks[end].s == "," {
				return st.fullest(joinToks(text, run)), t.s, true
			}
			if s, ok := st.subjectBefore(text, toks[:j]); ok {
				return s, t.s, true
			}
			// "Buttgereit yang membawa Denmark ... menyebut",
			// "Kepala Humas, Eka Asmadi, saat dihubungi ..., mengatakan"
			if len(run) > 0 {
				return st.fullest(joinToks(text, run)), t.s, true
			}
		case t.is(classPassiveVerb) && j+1 < len(toks):
			// "diungkapkan oleh X", and without "oleh": "Fakta itu
			// dibeberkan Peneliti X, NAMA."
			rest := toks[j+1:]
			if strings.EqualFold(rest[0].s, "oleh") {
				rest = rest[1:]
			}
			if len(rest) > 0 && isCapWord(rest[0]) {
				if name, anaphor := st.speakerAt(text, rest); name != "" && !anaphor {
					return st.fullest(name), "", true
				}
			}
		}
	}
	return "", "", false
}

// subjectCue reports whether subjectOf may act on the word t: a reporting
// verb, or "menurut" or "menurutnya" (or another of subjectWords), which
// subjectOf tells apart.
func subjectCue(t *token) bool {
	return t.is(classTailVerb | classSubjectVerb | classPassiveVerb | classSubjectWord)
}

// subjectIn notes who a sentence without quotes introduces as a speaker,
// and aliases such as "yang akrab disapa Dani".
func (st *quoteState) subjectIn(text string, toks []token) {
	// One pass tells whether subjectOf, speechActSubject, the aliases and
	// leadSubject have words to act on: most sentences have none. It
	// gathers the words' classes and the number of capitalised words, with
	// no branch on what the word is.
	var cls wordClass
	caps := 0
	for j := range toks {
		t := &toks[j]
		cls |= t.cls
		if t.upper {
			caps++
		}
	}
	// subjectOf acts on a reporting verb, "menurut" and "menurutnya" only.
	cue := cls&(classTailVerb|classSubjectVerb|classPassiveVerb) != 0
	if cls&classSubjectWord != 0 {
		aliases := st.last != "" // an alias is of the last person named
		for j := range toks {
			t := &toks[j]
			if !t.word {
				continue
			}
			lw := t.low
			if lw == "menurut" || lw == "menurutnya" {
				cue = true
			}
			if aliases && (lw == "disapa" || lw == "alias" || lw == "dipanggil") && j+1 < len(toks) && isCapWord(toks[j+1]) {
				a := toks[j+1].low
				if _, ok := st.alias[a]; !ok {
					st.setAlias(a, st.last)
				}
			}
		}
	}
	if cue {
		if s, _, ok := st.subjectOf(text, toks); ok && s != "" {
			st.last, st.introduced = s, true
			return
		}
	}
	if cls&classSpeechActVerb != 0 {
		if s := speechActSubject(text, toks); s != "" {
			st.last, st.introduced = s, true
			return
		}
	}
	// A name of two words or more opening a sentence as the subject of an
	// active verb: "Menteri Keuangan Purbaya Yudhi Sadewa sebelumnya sempat
	// merespons ...". leadSubject returns a name of two words or more only
	// from a sentence with two capitalised words at least: the name's own,
	// or those that open a title and a name beside it.
	if caps < 2 {
		return
	}
	run, j := leadSubject(text, toks)
	if k := openerEnd(toks); len(run) < 2 && k > 0 {
		// "Tak lama setelah itu, Perdana Menteri X berbicara ...": the
		// subject follows a phrase of time or place that opens the sentence.
		run, j = leadSubject(text, toks[k:])
		j += k
	}
	if len(run) < 2 {
		return
	}
	// "NAMA, pemerhati anak dari Yayasan X, mendesak ...": the verb
	// follows an apposition closed by a comma.
	if j < len(toks) && toks[j].s == "," {
		for k := j + 1; k < len(toks) && k <= j+15; k++ {
			if toks[k].s == "," {
				j = k + 1
				break
			}
			if !toks[k].word && toks[k].s != "(" && toks[k].s != ")" {
				break
			}
		}
	}
	for j < len(toks) && toks[j].word && toks[j].is(classAdverb) {
		j++
	}
	if j < len(toks) && toks[j].word && !isCapWord(toks[j]) {
		if lw := toks[j].low; strings.HasPrefix(lw, "me") || strings.HasPrefix(lw, "ber") {
			st.last, st.introduced = st.fullest(joinToks(text, run)), true
		}
	}
}

// openerEnd returns where a sentence's subject may start after an opening
// phrase of time, place or manner closed by a comma ("Tak lama setelah
// itu,", "Sementara itu,", "Di hadapan wartawan,"): two to six words, none
// capitalised past the first. It returns 0 when the sentence opens with no
// such phrase.
func openerEnd(toks []token) int {
	words := 0
	for k, t := range toks {
		switch {
		case t.s == ",":
			if words >= 2 {
				return k + 1
			}
			return 0
		case !t.word || words >= 6 || words > 0 && isCapWord(t):
			return 0
		}
		words++
	}
	return 0
}

// speechActSubject returns the subject of a clause whose verb is a speech
// act with its noun ("netizen Korea kembali memberikan pujian", "para
// penggemar melontarkan kritik"): quotes that follow in the next paragraph
// with no verb of their own are theirs. The subject is the clause's words
// before the verb, one to four of them, not a pronoun.
func speechActSubject(text string, toks []token) string {
	for j := 1; j+1 < len(toks); j++ {
		if !toks[j].is(classSpeechActVerb) || !toks[j+1].is(classSpeechNoun) || !strings.HasPrefix(toks[j].low, "me") {
			continue
		}
		e := j
		for e > 0 && toks[e-1].word && toks[e-1].is(classAdverb) {
			e--
		}
		b := e
		for b > 0 && toks[b-1].word && e-b < 5 {
			b--
		}
		if b > 0 && toks[b-1].word || e-b == 0 || e-b > 4 {
			return ""
		}
		first := toks[b]
		if first.is(classPronoun) || first.is(classFunc) || first.low == "mereka" {
			return ""
		}
		return joinToks(text, toks[b:e])
	}
	return ""
}

// speakerAt is speakerAfter that, for a speaker read as a title or an
// organisation ("Direktur Utama PT X (JJC) selaku pengelola Y Djoko
// Dwijono", "Kepala Badan X, Kementerian Y, Umiyatun Hayati"), looks
// further along the same clause for the person: a name the article gives a
// reporting verb on its own elsewhere ("Djoko menjelaskan"), as Indonesian
// news names a person in full once and by one name afterwards.
func (st *quoteState) speakerAt(text string, toks []token) (string, bool) {
	name, anaphor := speakerAfter(text, toks)
	if anaphor || name == "" {
		return name, anaphor
	}
	if !st.knownName(name) {
		if n := st.nameInClause(text, toks); n != "" {
			return n, false
		}
	}
	return name, false
}

// knownName reports whether a word of name is one the article gives a
// reporting verb on its own.
func (st *quoteState) knownName(name string) bool {
	for rest := name; st.said != nil && rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if lookupLower(st.said, strings.Trim(w, ",.")) {
			return true
		}
	}
	return false
}

// nameInClause returns the capitalised run that starts at the first word of
// toks the article uses on its own as a speaker, reading no further than the
// clause: a sentence end, a lower-case word after a comma, or a word that
// ends a speaker other than those that join the parts of a title ("dan",
// "dari", "selaku").
func (st *quoteState) nameInClause(text string, toks []token) string {
	for j := 0; j < len(toks) && j < 30; j++ {
		t := toks[j]
		if !t.word {
			switch t.s {
			case ",", "(", ")":
				continue
			case ".":
				if j > 0 && isInitial(&toks[j-1]) {
					continue
				}
			}
			return ""
		}
		if !isCapWord(t) {
			if j > 0 && toks[j-1].s == "," || stopTok(t) && !t.is(classTitleGlue) {
				return ""
			}
			continue
		}
		// A police or military rank comes right before the name:
		// "Kepala Bidang Humas dan Protokol Polda X Komisaris Besar NAMA".
		if r := rankEnd(toks, j); r > j && r < len(toks) && isCapWord(toks[r]) && !stopTok(toks[r]) {
			k := r + 1
			for k < len(toks) && isCapWord(toks[k]) && !stopTok(toks[k]) && !glued(&toks[k-1], &toks[k]) {
				k++
			}
			return joinToks(text, toks[j:k])
		}
		if j > 0 && st.said[t.low] && !t.is(classOffice) && !st.writtenLower(t.low) {
			k := j + 1
			for k < len(toks) && isCapWord(toks[k]) && !stopTok(toks[k]) && !glued(&toks[k-1], &toks[k]) {
				k++
			}
			if k-j >= 2 { // the full name, as first introduced
				return joinToks(text, toks[j:k])
			}
			// A surname the article uses alone: with the given name
			// before it ("... (JJC) Budi Santoso", "Santoso menjelaskan").
			if k == j+1 && j > 0 && isCapWord(toks[j-1]) && !glued(&toks[j-1], &t) {
				if p := toks[j-1]; !p.is(classOffice|classRank|classFunc) && !st.writtenLower(p.low) {
					return joinToks(text, toks[j-1:k])
				}
			}
		}
		if stopTok(t) {
			return ""
		}
	}
	return ""
}

// writtenLower reports whether the article writes the word low in lower
// case somewhere: a common noun that opened a sentence ("Petambak berharap"),
// not a name.
func (st *quoteState) writtenLower(low string) bool {
	if st.lower == nil && st.lowerAsked < 8 {
		// Most articles ask once or twice: reading the tokens for the word
		// costs less than a map of all the article's words.
		st.lowerAsked++
		for _, toks := range st.toks {
			for i := range toks {
				if t := &toks[i]; t.word && t.low == low && t.s == low {
					return true
				}
			}
		}
		return false
	}
	if st.lower == nil {
		// The article's lower-case words, gathered once, when it asks often.
		st.lower = map[string]bool{}
		for _, toks := range st.toks {
			for _, t := range toks {
				if t.word && t.s == t.low {
					st.lower[t.s] = true
				}
			}
		}
	}
	return st.lower[low]
}

// rankEnd returns the index after the police or military rank at toks[j]
// ("AKBP", "Komisaris Besar", "Ajun Komisaris Besar Polisi"), or j.
func rankEnd(toks []token, j int) int {
	k := j
	if k < len(toks) && toks[k].low == "ajun" {
		k++
	}
	if k+1 < len(toks) && toks[k].low == "komisaris" && toks[k+1].low == "besar" {
		k += 2
		if k < len(toks) && toks[k].low == "polisi" {
			k++
		}
		return k
	}
	if k < len(toks) && isCapWord(toks[k]) && toks[k].is(classRank) {
		return k + 1
	}
	return j
}

// noteSaid records in st.said the one-word name toks[i] when it opens a
// clause right before a reporting verb that follows its subject ("Djoko
// menjelaskan", not "pejabat Pakistan mengatakan") or comes right after one
// that goes first ("sambung Azmiati").
func (st *quoteState) noteSaid(toks []token, i int) {
	t := &toks[i]
	before := i+1 < len(toks) && toks[i+1].is(classSubjectVerb) &&
		(i == 0 || !toks[i-1].word || toks[i-1].is(classFunc))
	if before || i > 0 && toks[i-1].word && toks[i-1].is(classTailVerb) {
		if t.is(classFunc) || t.is(classPronoun) {
			return
		}
		if st.said == nil {
			st.said = map[string]bool{}
		}
		st.said[t.low] = true
	}
}

// speakerAfter reads the speaker that follows a reporting verb, up to a
// preposition, comma, "(" or date: "Koordinator Pos SAR Banyuwangi Wahyu
// Setia Budi di Banyuwangi" → "Koordinator Pos SAR Banyuwangi Wahyu Setia
// Budi", "administrasi militer Kyiv di akun Telegramnya" → "administrasi
// militer Kyiv", "staf Ajib, Vivi saat ditemui" → "Vivi". anaphor reports a
// description ending in itu/ini/tersebut.
func speakerAfter(text string, toks []token) (name string, anaphor bool) {
	var buf [12]token // the words read: at most 12, on the stack
	got := buf[:0]
	seenCap := false
	lower := 0
	for j := 0; j < len(toks) && len(got) < 12; j++ {
		t := toks[j]
		if !t.word {
			if t.s == "." && len(got) > 0 && isInitial(&got[len(got)-1]) && j+1 < len(toks) && isCapWord(toks[j+1]) {
				continue
			}
			if t.s == "," && len(got) > 0 {
				// Apposition: "ketua tim, Yulisyah Putri Daulay".
				k := j + 1
				for k < len(toks) && toks[k].word && isCapWord(toks[k]) && !stopTok(toks[k]) {
					k++
				}
				n := k - (j + 1)
				endOK := k >= len(toks) || !toks[k].word || stopTok(toks[k]) || !isCapWord(toks[k])
				if n > 0 && endOK && (n >= 2 || lower > 0) {
					return joinToks(text, chooseAppos(got, toks[j+1:k])), false
				}
				if lower > 0 && anaphorAfterDate(toks[j+1:]) {
					return "", true // "pria kelahiran Madiun, 17 Januari 1973 itu"
				}
			}
			break
		}
		lw := t.low
		if t.is(classAnaphor) && len(got) > 0 {
			return "", true
		}
		// A number inside a title: "Ketua RW 11 Kelurahan Sukahaji".
		if len(got) > 0 && '0' <= t.s[0] && t.s[0] <= '9' && isCapWord(got[len(got)-1]) && !strings.ContainsAny(t.s, "/.") &&
			j+1 < len(toks) && isCapWord(toks[j+1]) && !stopTok(toks[j+1]) {
			got = append(got, t)
			continue
		}
		if stopTok(t) {
			if lw == "yang" && !seenCap && lower > 0 && anaphorInClause(toks[j+1:]) {
				return "", true // "pria yang berprofesi sebagai pengacara itu"
			}
			break
		}
		if isCapWord(t) {
			seenCap = true
			got = append(got, t)
			continue
		}
		if t.is(classNameConnector) && seenCap && j+1 < len(toks) && isCapWord(toks[j+1]) {
			got = append(got, t)
			continue
		}
		if seenCap || unicode.IsDigit(firstRune(t.s)) {
			break
		}
		lower++
		if lower > 5 {
			return "", false
		}
		got = append(got, t)
	}
	for len(got) > 0 && !isCapWord(got[len(got)-1]) && got[len(got)-1].is(classNameConnector) {
		got = got[:len(got)-1]
	}
	if len(got) == 0 {
		return "", false
	}
	return joinToks(text, got), false
}

// anaphorInClause reports whether a relative clause ("yang berprofesi
// sebagai pengacara itu.") ends with itu/ini/tersebut before the sentence
// or the clause does, in a few words and no name: the description it
// closes points back to someone named before.
func anaphorInClause(toks []token) bool {
	for k, t := range toks {
		switch {
		case k >= 10, !t.word, isCapWord(t):
			return false
		case t.is(classAnaphor):
			return k+1 == len(toks) || !toks[k+1].word
		}
	}
	return false
}

// anaphorAfterDate reports whether toks, the rest of a description after a
// comma, are a date or a place closed by itu/ini/tersebut ("17 Januari
// 1973 itu."): the description points back to someone named before.
func anaphorAfterDate(toks []token) bool {
	for k, t := range toks {
		if k >= 8 {
			return false
		}
		switch {
		case t.word && t.is(classAnaphor):
			return k > 0 && (k+1 >= len(toks) || !toks[k+1].word)
		case t.word && (isCapWord(t) || t.is(classDayMonth) || unicode.IsDigit(firstRune(t.s))):
		case t.s == "," || t.s == "/":
		default:
			return false
		}
	}
	return false
}

// stopTok reports whether a word ends a speaker read after a verb.
func stopTok(t token) bool {
	return t.is(classSpeakerStop) || t.is(classDayMonth) || unicode.IsDigit(firstRune(t.s))
}

// fullest returns the fullest form of a speaker's name used in the
// article: the alias's name for an alias, else the longest capitalised name
// sequence that holds the name's words ("Stoltenberg" → "Jens
// Stoltenberg"). Descriptions with lower-case words are returned as given.
func (st *quoteState) fullest(name string) string {
	memo := &st.full
	for _, k := range memo.known[:memo.n] {
		if k.name == name {
			return k.full
		}
	}
	if f, ok := memo.more[name]; ok {
		return f
	}
	f := st.fullestUncached(name)
	switch {
	case memo.n < len(memo.known):
		memo.known[memo.n].name, memo.known[memo.n].full = name, f
		memo.n++
	case memo.more == nil:
		memo.more = map[string]string{name: f}
	default:
		memo.more[name] = f
	}
	return f
}

// fullKnown is how many of fullest's answers quoteState keeps in order,
// which is quicker to look through than a map for the names of most
// articles.
const fullKnown = 16

// setAlias records that the one-word alias a stands for name.
func (st *quoteState) setAlias(a, name string) {
	if st.alias == nil {
		st.alias = map[string]string{}
	}
	st.alias[a] = name
}

func (st *quoteState) fullestUncached(name string) string {
	var buf, lowBuf [8]string
	words := appendFields(buf[:0], name)
	if len(words) == 0 {
		return name
	}
	for _, w := range words {
		r := firstRune(w)
		if !unicode.IsUpper(r) && !honorifics[strings.ToLower(strings.TrimSuffix(w, "."))] && !nameConnectors[strings.ToLower(w)] {
			return name
		}
	}
	// The name is lower-cased at once, not word by word: strings.ToLower
	// maps rune by rune and leaves spaces as they are, so the words of the
	// lower case are the lower case of the words.
	lw := appendFields(lowBuf[:0], strings.ToLower(name))
	if len(words) == 1 {
		if a, ok := st.alias[lw[0]]; ok && a != name {
			return a
		}
	}
	for len(words) > 1 && honorifics[strings.TrimSuffix(lw[0], ".")] {
		words, lw = words[1:], lw[1:]
	}
	for i := range lw {
		lw[i] = strings.TrimSuffix(lw[i], ",")
	}
	// The longest capitalised run holding the name is its fullest form. A
	// name that opens with the word the article uses on its own is whole
	// at its left end: the words before it are a title or an organisation
	// ("Hendra Wiratama", not "Jalan Tol Timur Hendra Wiratama"; "Wahyu"
	// → "Wahyu Kurniadi", not "Stabilisasi Pangan Bapanas Wahyu
	// Kurniadi"); so is a name that opens with a rank ("Kombes Sandi
	// Permana"). A one-word name keeps a short title before it
	// ("Presiden Joko Widodo") and, when it ends the run, the whole run:
	// it is a surname ("Pranoto" → "Menteri Perhubungan Agus Pranoto").
	leftClosed := st.said[lw[0]] || len(lw) >= 2 && (ranks[lw[0]] || lw[0] == "ajun" || lw[0] == "komisaris" && lw[1] == "besar")
	var wordBits, firstBits uint64 // what a run holding the name has of nameRun.words and .firsts
	for _, w := range lw {
		wordBits |= wordBit(w)
		firstBits |= firstBit(w)
	}
	best, bestN := name, len(words)
	for _, prefix := range []bool{false, true} {
		if prefix && (best != name || len(lw) > 1 || utf8.RuneCountInString(lw[0]) < 4) {
			break // "dr Wisman" for "dr Wismandari Wisnu" only as a last resort
		}
		for _, run := range st.runs {
			if int(run.hi-run.lo) <= bestN || run.words&wordBits != wordBits && !prefix || run.firsts&firstBits != firstBits {
				continue
			}
			text, toks := st.run(run)
			at := containsSeq(toks, lw, prefix)
			if at < 0 {
				continue
			}
			if leftClosed && (len(lw) >= 2 || at >= 2 && at+1 < len(toks)) {
				for at > 0 && toks[at-1].is(classNamePrefix) {
					at-- // "AKP Muhammad Ridho ...": Ridho's own name
				}
				toks = toks[at:]
			}
			if len(toks) > bestN {
				best, bestN = joinToks(text, toks), len(toks)
			}
		}
	}
	return best
}

// appendFields appends to dst the words of s as strings.Fields splits them.
func appendFields(dst []string, s string) []string {
	n := len(dst)
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			// Past ASCII, strings.Fields tells the spaces.
			dst = dst[:n]
			for w := range strings.FieldsSeq(s) {
				dst = append(dst, w)
			}
			return dst
		case asciiSpace[c]:
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// containsSeq returns the index in run of the first token of the words
// want, held contiguously by the words of run (ignoring case), or -1; with
// prefix, a word of run may only start with the word wanted.
func containsSeq(run []token, want []string, prefix bool) int {
outer:
	for i := range run {
		k, j := 0, i
		for ; k < len(want) && j < len(run); j++ {
			t := &run[j]
			if !t.word {
				if k == 0 {
					continue outer
				}
				continue
			}
			if t.low != want[k] && !(prefix && strings.HasPrefix(t.low, want[k])) {
				continue outer
			}
			k++
		}
		if k == len(want) {
			return i
		}
	}
	return -1
}

// keepQuote tells quoted speech from scare quotes, nicknames and titles.
func keepQuote(text string, sp qspan, q string, attributed bool) bool {
	if sp.cont {
		return true
	}
	n, caps, lowers := 0, 0, 0
	for f := range strings.FieldsSeq(q) {
		if n >= 3 && (attributed || lowers > 0) {
			break // the words read decide: the rest cannot change the answer
		}
		w := trimToWord(f)
		if w == "" {
			continue
		}
		n++
		if attributed {
			continue // only the number of words counts: caps and lowers are not read
		}
		r := firstRune(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case titleConnectors[strings.ToLower(w)]:
		default:
			lowers++
		}
	}
	if n < 3 {
		return attributed && !sp.single && strings.ContainsAny(lastRuneString(q), ",.!?")
	}
	if attributed {
		return true
	}
	if lowers == 0 && caps > 0 && !strings.Contains(strings.TrimRight(q, ",.!? "), ". ") {
		return false // "Mercy and Justice", "The Holy City"
	}
	if labels[strings.ToLower(wordBefore(text, sp.open))] {
		return false // sebagai 'properti asing musuh', bertajuk "..."
	}
	return true
}

// trimToWord trims from both ends of f what is not a letter or a digit, as
// strings.TrimFunc does with that test. ASCII ends are read a byte at a
// time; TrimFunc reads only an end that is not ASCII.
func trimToWord(f string) string {
	i, j := 0, len(f)
	for i < j && f[i] < utf8.RuneSelf && !isASCIILetter(f[i]) && !isDigit(f[i]) {
		i++
	}
	for j > i && f[j-1] < utf8.RuneSelf && !isASCIILetter(f[j-1]) && !isDigit(f[j-1]) {
		j--
	}
	f = f[i:j]
	if f != "" && (f[0] >= utf8.RuneSelf || f[len(f)-1] >= utf8.RuneSelf) {
		return strings.TrimFunc(f, func(r rune) bool { return !letterOrDigit(r) })
	}
	return f
}

// translatedAfter reports whether the words after a quote (tail), or the
// next paragraph when none follow, open with its translation ("Artinya: ...",
// "Terjemahan: ..."): the quote is a text recited or cited in another
// language, such as a prayer's wording, not speech.
func (st *quoteState) translatedAfter(pi int, tail []token) bool {
	if len(tail) == 0 || !tail[0].word && len(tail) == 1 {
		if pi+1 >= len(st.paras) || st.paras[pi+1].Kind == KindHeading {
			return false
		}
		tail = st.toks[pi+1]
	}
	for _, t := range tail {
		if t.word {
			return translationWords[t.low]
		}
	}
	return false
}

// lastRuneString returns the last rune of s as a string.
func lastRuneString(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 || r == utf8.RuneError && n == 1 {
		return ""
	}
	return string(r)
}

// wordBefore returns the word that ends before byte offset i of s.
func wordBefore(s string, i int) string {
	i = min(i, len(s))
	j := i
	colon := false
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r == ':' && !colon {
			colon = true // "Artinya: “...”"
		} else if !unicode.IsSpace(r) {
			break
		}
		j -= n
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	return s[k:j]
}

// Quote marks.
const (
	shapeAmbiguous = iota
	shapeOpen
	shapeClose
)

func isDoubleMark(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '„' }
func isSingleMark(r rune) bool { return r == '\'' || r == '‘' || r == '’' }
func isQuoteMark(r rune) bool  { return isDoubleMark(r) || isSingleMark(r) }

// markShape tells an opening mark (after a space, before a word) from a
// closing one (after a word, before a space or punctuation).
func markShape(s string, i, w int) int {
	var prev, next rune
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if i+w < len(s) {
		next, _ = utf8.DecodeRuneInString(s[i+w:])
	}
	prevSpace := prev == 0 || unicode.IsSpace(prev)
	switch prev {
	case '(', '[', '{', '—', '–', '-', '/':
		prevSpace = true
	}
	nextSpace := next == 0 || unicode.IsSpace(next)
	nextPunct := isQuoteMark(next)
	switch next {
	case ',', '.', ';', ':', '!', '?', ')', ']', '}':
		nextPunct = true
	}
	switch {
	case prevSpace && !nextSpace && !nextPunct:
		return shapeOpen
	case !prevSpace && (nextSpace || nextPunct):
		return shapeClose
	}
	return shapeAmbiguous
}

// gluedOpener reports whether the mark at s[i:i+w], with no quote open,
// opens one though glued on both sides: it follows a sentence's end and a
// capital follows it ("ke hilir.”Kegiatan ini ..."), where a closing mark
// would close nothing.
func gluedOpener(s string, i, w int) bool {
	if i == 0 || i+w >= len(s) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+w:])
	return (prev == '.' || prev == '!' || prev == '?') && unicode.IsUpper(next)
}

// markBytes are the bytes that may start a quote mark: an ASCII double or
// single quote, or 0xE2, which starts every curly one (U+2018 to U+201E).
const markBytes = "\"'\xe2"

// scanQuotes appends to spans the quoted passages of a paragraph. carry
// says an earlier paragraph left a quote open; the returned bool says this
// one does.
func scanQuotes(spans []qspan, s string, carry bool) ([]qspan, bool) {
	n := len(spans) // the paragraph's passages start here
	var buf [8]int
	singleMarks := buf[:0] // where the single marks are, for singleQuotes
	open := -1
	first := true
	marks := newByteFinder(s, markBytes)
	for i := marks.from(0); i < len(s); i = marks.from(i + 1) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if isSingleMark(r) {
			singleMarks = append(singleMarks, i)
			continue
		}
		if !isDoubleMark(r) {
			continue
		}
		sh := markShape(s, i, w)
		if open < 0 {
			if first && carry && sh != shapeOpen && (r == '”' || r == '"') {
				spans = append(spans, qspan{open: 0, start: 0, end: i, close: i, cont: true})
				first = false
				continue
			}
			if r == '“' || r == '„' || r == '"' && sh != shapeClose || r == '”' && (sh == shapeOpen || sh == shapeAmbiguous && gluedOpener(s, i, w)) {
				open = i
			}
		} else if r == '”' || r == '"' && sh != shapeOpen || r == '“' && sh == shapeClose {
			_, ow := utf8.DecodeRuneInString(s[open:])
			spans = append(spans, qspan{open: open, start: open + ow, end: i, close: i})
			open = -1
		}
		first = false
	}
	more := false
	if open >= 0 {
		_, ow := utf8.DecodeRuneInString(s[open:])
		before := strings.TrimSpace(s[:open])
		if before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",") {
			spans = append(spans, qspan{open: open, start: open + ow, end: len(s), close: len(s), unclosed: true})
			more = true
		}
	}
	if len(singleMarks) == 0 {
		return spans, more
	}
	if singles := singleQuotes(s, spans[n:], singleMarks); len(singles) > 0 {
		// The double-quoted spans are in order already.
		spans = append(spans, singles...)
		sortSpans(spans[n:])
	}
	return spans, more
}

// singleQuotes finds ‘…’ and '…' passages outside the double-quoted ones,
// given where the single marks are (marks, in order); apostrophes inside
// words (Jum'at, Qur'an) are not marks.
func singleQuotes(s string, doubles []qspan, marks []int) []qspan {
	var out []qspan
	open := -1
	for _, i := range marks {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isSingleMark(r) || insideSpan(doubles, i) {
			continue
		}
		sh := markShape(s, i, w)
		if open < 0 {
			if (r == '‘' || r == '\'') && sh == shapeOpen {
				open = i
			}
			continue
		}
		if (r == '’' || r == '\'') && sh == shapeClose {
			_, ow := utf8.DecodeRuneInString(s[open:])
			if openIn(doubles, open+1, i) {
				open = -1
				continue
			}
			out = append(out, qspan{open: open, start: open + ow, end: i, close: i, single: true})
			open = -1
		}
	}
	return out
}

// insideSpan reports whether byte offset i lies within one of spans,
// which are sorted and do not overlap.
func insideSpan(spans []qspan, i int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].open > i })
	return k > 0 && i <= spans[k-1].close
}

// openFrom is openIn for a paragraph's sentences, which ask in order: it
// looks from index *k on, and leaves *k at the first of spans that opens
// at or after a, for the next sentence to look from.
func openFrom(spans []qspan, k *int, a, b int) bool {
	for *k < len(spans) && spans[*k].open < a {
		*k++
	}
	return *k < len(spans) && spans[*k].open < b
}

// openIn reports whether one of spans (sorted) opens in text[a:b].
func openIn(spans []qspan, a, b int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].open >= a })
	return k < len(spans) && spans[k].open < b
}

// sortSpans sorts spans by where they open; no two open at one offset.
func sortSpans(spans []qspan) {
	slices.SortFunc(spans, func(a, b qspan) int { return cmp.Compare(a.open, b.open) })
}

// tokenizeInto is tokenizeAll with the tokens of all paragraphs appended to
// one slab, which the caller may reuse for the next article.
func tokenizeInto(slab []token, paras []Paragraph) (bodyTokens, []token) {
	return new(tokenizer).tokenize(slab, paras)
}

// tokenize is tokenizeInto with the room tk kept from the paragraphs it
// read before: the bodyTokens it returns hold until tk's next tokenize.
func (tk *tokenizer) tokenize(slab []token, paras []Paragraph) (bodyTokens, []token) {
	n := 0
	for _, p := range paras {
		n += len(p.Text)
	}
	// The size is a guess: news text has a capitalised word in about
	// every thirty bytes.
	tk.pending = slices.Grow(tk.pending[:0], n/32+8)
	tk.lower = tk.lower[:0]
	tk.lang = languageCount{}
	tk.toks = slices.Grow(tk.toks[:0], len(paras))[:len(paras)]
	tk.paraClasses = slices.Grow(tk.paraClasses[:0], len(paras))[:len(paras)]
	clear(tk.toks) // headings get no tokens
	clear(tk.paraClasses)
	first, slabCap := len(slab), cap(slab)
	bt := bodyTokens{toks: tk.toks, classes: tk.paraClasses}
	for i, p := range paras {
		if p.Kind != KindHeading {
			start := len(slab)
			tk.classes = 0
			// Room for the lower cases of the paragraph's words, and for
			// the eight bytes lowerWordInto writes at a time past the
			// last.
			tk.lower = slices.Grow(tk.lower, len(p.Text)+8)
			slab = tk.appendTokens(slab, p.Text)
			bt.toks[i] = slab[start:len(slab):len(slab)]
			bt.classes[i] = tk.classes
		}
	}
	// A slab that grew has moved: every paragraph's tokens are pointed
	// into the final one, where the lower cases are set.
	if cap(slab) != slabCap {
		at := first
		for i, p := range paras {
			if p.Kind != KindHeading {
				n := len(bt.toks[i])
				bt.toks[i] = slab[at : at+n : at+n]
				at += n
			}
		}
	}
	tk.setLower(slab)
	bt.lang = tk.lang
	return bt, slab
}

// A tokenizer splits paragraphs into tokens (see appendTokens). The words
// not written in lower case ("Jakarta", "PBB") are read with an empty low;
// their lower cases are made in lower as they are read, and they get them
// once every paragraph is read, from one string made of it: a word in
// lower case already, most of them, is its own lower case and costs
// nothing. As it looks the words' classes up, the
// tokenizer counts the function words of each language and gathers the
// classes of each paragraph's words. A tokenizer may read one body after
// another in the same room.
type tokenizer struct {
	pending []int  // where in the slab the words with no low yet are
	lower   []byte // their lower cases, one after another
	lang    languageCount
	classes wordClass // the classes of the words of the paragraph being read
	tmp     []byte    // room to lower-case a word in, to look at it

	// The room of the bodyTokens tokenize returns.
	toks        [][]token
	paraClasses []wordClass
}

// noteWord notes the class c of a word read: the language counts and the
// classes of its paragraph. No word is on the function words of both
// languages.
func (tk *tokenizer) noteWord(c wordClass) {
	tk.classes |= c
	tk.lang.id += int(c / classIndonesian & 1)
	tk.lang.en += int(c / classEnglish & 1)
}

// lowerWord puts the lower case of the word s[i:j] on tk.lower, where
// tokenize left room for it, and returns the word's class.
func (tk *tokenizer) lowerWord(s string, i, j int) wordClass {
	at, n := len(tk.lower), j-i
	var k wordKey // its n is 0 until the key is made
	if n <= 8 && i+8 <= len(s) {
		// Most words: ASCII, eight bytes at most.
		if w := word8(s[i:i+8]) & lowBytes(n); w&tops8 == 0 {
			k = wordKey{lowerASCII8(w), 0, n}
			binary.LittleEndian.PutUint64(tk.lower[at:at+8], k.head)
		}
	}
	if k.n == 0 {
		lowerWordInto(tk.lower[at:at+n+8], s, i, n)
		k = keyOf(tk.lower[at : at+n])
	}
	tk.lower = tk.lower[:at+n]
	if classFilter.has(tk.lower[at:]) {
		return wordClasses.class(k)
	}
	return 0
}

// setLower gives the words of slab that tk left with no low their lower
// case, from tk.lower made one string.
func (tk *tokenizer) setLower(slab []token) {
	if len(tk.pending) == 0 {
		return
	}
	lower := string(tk.lower)
	off := 0
	for _, k := range tk.pending {
		t := &slab[k]
		t.low = lower[off : off+len(t.s)]
		off += len(t.s)
	}
}

// lowerWordInto writes the lower case of the word text[pos:pos+n] to b,
// where it takes n bytes. An ASCII word is read and written eight bytes at
// a time, as far as text has eight bytes to read: b must have room for
// eight bytes past n.
func lowerWordInto(b []byte, text string, pos, n int) {
	i := 0
	for ; i < n && pos+i+8 <= len(text); i += 8 {
		w := word8(text[pos+i : pos+i+8])
		if m := n - i; m < 8 {
			w &= lowBytes(m) // the bytes of the word
		}
		if w&tops8 != 0 {
			break
		}
		binary.LittleEndian.PutUint64(b[i:], lowerASCII8(w))
	}
	if i < n {
		appendLowerWord(b[i:i], text[pos+i:pos+n])
	}
}

// lowerASCII8 returns w, eight ASCII bytes, with each upper-case letter
// made lower case: a byte plus 0x80-'A' has its top bit set when the byte
// is 'A' or more, plus 0x80-'Z'-1 when it is past 'Z' (no byte is past
// 0x7f, so no sum carries into the next), and the top bit shifted down two
// is the 0x20 that lowers a letter.
func lowerASCII8(w uint64) uint64 {
	upper := (w + (0x80-'A')*ones8) &^ (w + (0x80-'Z'-1)*ones8) & tops8
	return w | upper>>2
}

// appendTokens appends the tokens of s to toks: words and punctuation. A
// word is letters and digits with inner '-', '.', apostrophes, '/', '_' or
// '&' ("Liputan6.com", "3/7", "Jum'at") and may start with '@'. A word's
// lower case takes as many bytes as the word, where s has no letter whose
// lower case takes another number of bytes ("İ"); where it has one, each
// word of s is lower-cased alone.
func (tk *tokenizer) appendTokens(toks []token, s string) []token {
	start, pending, lower, lang, classes := len(toks), len(tk.pending), len(tk.lower), tk.lang, tk.classes
	toks, ok := tk.scan(toks, s, true)
	if !ok {
		tk.pending, tk.lower, tk.lang, tk.classes = tk.pending[:pending], tk.lower[:lower], lang, classes
		toks, _ = tk.scan(toks[:start], s, false)
	}
	return toks
}

// scan is appendTokens with the words whose lower case takes as many bytes
// left with no low (same), or lower-cased alone (!same) but for those
// plainTokens reads. With same, it reports false as soon as a word's lower
// case takes another number of bytes than the word.
func (tk *tokenizer) scan(toks []token, s string, same bool) ([]token, bool) {
	for i := 0; i < len(s); {
		// Most of a text is read by plainTokens; what is left here is a
		// word with an inner mark, a rune past ASCII or an '@', or a full
		// slab or index.
		if toks, i = tk.plainTokens(toks, s, i); i == len(s) {
			break
		}
		c := s[i]
		var j int
		var cased wordCase
		upper := false
		switch {
		case len(toks) == cap(toks) && c < utf8.RuneSelf:
			toks = slices.Grow(toks, 1)
			continue
		case asciiAlnum[c]:
			upper = 'A' <= c && c <= 'Z'
			if upper {
				cased = caseASCII
			}
			j = i + 1
			for j < len(s) && lowerAlnum[s[j]] {
				j++
			}
			if j < len(s) && !endsWord[s[j]] {
				var rest wordCase
				j, rest = wordEnd(s, i, j, upper)
				cased = max(cased, rest)
			}
		case c == '@' && i+1 < len(s) && wordRuneAt(s, i+1):
			j, cased = wordEnd(s, i, i+1, false)
		case c < utf8.RuneSelf:
			// plainTokens reads every other ASCII byte but '@'.
			var t *token
			toks, t = addToken(toks)
			t.s, t.low, t.pos, t.cls, t.word, t.upper = s[i:i+1], s[i:i+1], i, asciiClasses[c], false, false
			i++
			continue
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			if !isWordRune(r) {
				var t *token
				toks, t = addToken(toks)
				t.s, t.low, t.pos, t.cls, t.word, t.upper = s[i:i+n], s[i:i+n], i, classOf(s[i:i+n]), false, false
				i += n
				continue
			}
			upper = unicode.IsUpper(r)
			j, _ = wordEnd(s, i, i+n, upper)
			cased = caseUnicode
		}
		w := s[i:j]
		var t *token
		toks, t = addToken(toks)
		t.s, t.low, t.pos, t.cls, t.word, t.upper = w, w, i, 0, true, upper
		switch {
		case cased == caseNone:
			t.cls = classOf(w)
		case !same:
			t.low = strings.ToLower(w)
			t.cls = classOf(t.low)
		case cased == caseASCII:
			t.low = "" // set by setLower
		default:
			// tmp is made here only to tell whether the lower case
			// keeps the word's length, and whether it is the word.
			var ok bool
			if tk.tmp, ok = appendLower(tk.tmp[:0], w); !ok {
				return toks, false
			}
			if string(tk.tmp) == w {
				t.cls = classOf(w)
			} else {
				t.low = "" // set by setLower
			}
		}
		if t.low == "" {
			tk.pending = append(tk.pending, len(toks)-1)
			t.cls = tk.lowerWord(s, i, j)
		}
		tk.noteWord(t.cls)
		i = j
	}
	return toks, true
}

// plainTokens appends to toks the tokens of s from byte i on that need no
// more than a look at their bytes: words of ASCII letters and digits with
// no capital past the first that end at a space or a punctuation mark, and
// ASCII punctuation marks but '@'; it skips ASCII spaces. A word that
// opens with a capital gets no low: its lower case goes on tk.lower, for
// setLower to give it, and its class is looked up there. plainTokens
// stops at the first byte that needs more, or when toks or tk.pending is
// full, and returns where it stopped. It calls nothing on its common
// paths, which lets it keep its variables in registers.
func (tk *tokenizer) plainTokens(toks []token, s string, i int) ([]token, int) {
	for i < len(s) && len(toks) < cap(toks) {
		c := s[i]
		if !asciiAlnum[c] {
			if c >= utf8.RuneSelf || c == '@' {
				break
			}
			if !asciiSpace[c] {
				toks = toks[:len(toks)+1]
				t := &toks[len(toks)-1]
				t.s, t.low, t.pos, t.cls, t.word, t.upper = s[i:i+1], s[i:i+1], i, asciiClasses[c], false, false
			}
			i++
			continue
		}
		// The word's end: eight bytes at a time, which most words take
		// one step of. Most end at a space; past a digit, in a long
		// word or at a mark the rest is read a byte at a time.
		j := i + 1
		var next8 uint64 // s[i+1:i+9], where s holds them
		if j+8 <= len(s) {
			next8 = word8(s[j : j+8])
			j += bits.TrailingZeros64(notLowerLetter(next8)) >> 3
		}
		next := j // where the next token may start
		if j < len(s) && s[j] == ' ' {
			next++
		} else {
			for j < len(s) && lowerAlnum[s[j]] {
				j++
			}
			if j < len(s) && !endsWord[s[j]] {
				// A mark that may join a word's parts ('.', '-', …)
				// ends it when no letter or digit follows ("itu." at
				// the end of a sentence); wordEnd reads the word at a
				// capital, a rune past ASCII, or a mark that joins
				// ("Liputan6.com").
				if m := s[j]; m >= utf8.RuneSelf || asciiAlnum[m] || j+1 < len(s) && (s[j+1] >= utf8.RuneSelf || asciiAlnum[s[j+1]]) {
					break
				}
			}
			next = j
			if j < len(s) && s[j] == ' ' {
				next++
			}
		}
		upper := c-'A' < 26 // 'A' to 'Z'
		if upper && len(tk.pending) == cap(tk.pending) {
			break
		}
		w := s[i:j]
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		if upper {
			t.s, t.low, t.pos, t.cls, t.word, t.upper = w, "", i, 0, true, true
			tk.pending = tk.pending[:len(tk.pending)+1]
			tk.pending[len(tk.pending)-1] = len(toks) - 1
			// Its lower case is the word with its first letter made
			// lower case.
			at, n := len(tk.lower), j-i
			var k wordKey
			switch {
			case i+9 > len(s) || n > 16:
				lowerWordInto(tk.lower[at:at+n+8], s, i, n)
				k = keyOf(tk.lower[at : at+n])
			case n <= 8:
				k = wordKey{(uint64(c+'a'-'A') | next8<<8) & lowBytes(n), 0, n}
				binary.LittleEndian.PutUint64(tk.lower[at:at+8], k.head)
			default:
				// The first eight bytes and the last eight, which overlap.
				k = wordKey{uint64(c+'a'-'A') | next8<<8, word8(s[j-8 : j]), n}
				binary.LittleEndian.PutUint64(tk.lower[at:at+8], k.head)
				binary.LittleEndian.PutUint64(tk.lower[at+n-8:at+n], k.tail)
			}
			tk.lower = tk.lower[:at+n]
			if classFilter.has(tk.lower[at:]) {
				t.cls = wordClasses.class(k)
				tk.noteWord(t.cls)
			}
		} else {
			t.s, t.low, t.pos, t.cls, t.word, t.upper = w, w, i, 0, true, false
			if classFilter.hasShape(shapeOf(w)) {
				// The word's key from the bytes read, as keyOf makes it.
				var k wordKey
				switch n := j - i; {
				case i+9 > len(s):
					k = keyOf(w)
				case n <= 8:
					k = wordKey{(uint64(c) | next8<<8) & lowBytes(n), 0, n}
				default:
					k = wordKey{uint64(c) | next8<<8, word8(s[j-8 : j]), n}
				}
				t.cls = wordClasses.class(k)
				tk.noteWord(t.cls)
			}
		}
		i = next
	}
	return toks, i
}

// lowBytes returns the word whose n low bytes, one to eight, are 0xff.
func lowBytes(n int) uint64 {
	return ^uint64(0) >> ((64 - 8*n) & 63)
}

// notLowerLetter returns the top bit of each of the eight bytes of w that
// is not a lower-case ASCII letter (the bit 0x80, 0x8000, …; 0 when all of
// them are). Of a byte's low seven bits y, y+(0x80-'a') sets the top bit
// when y is 'a' or more and y+(0x80-'z'-1) when it is past 'z', and no sum
// carries into the next byte; a byte from 0x80 up has its own top bit set.
func notLowerLetter(w uint64) uint64 {
	y := w &^ tops8
	letter := (y + (0x80-'a')*ones8) &^ (y + (0x80-'z'-1)*ones8)
	return (^letter | w) & tops8
}

// addToken appends a token to toks for the caller to fill.
func addToken(toks []token) ([]token, *token) {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	toks = toks[:len(toks)+1]
	return toks, &toks[len(toks)-1]
}

// A wordCase says what lower-casing a word may change: nothing (caseNone,
// ASCII with no capital), its ASCII capitals (caseASCII), or runes that are
// not ASCII, if any of them has a lower case (caseUnicode).
type wordCase uint8

const (
	caseNone wordCase = iota
	caseASCII
	caseUnicode
)

// wordEnd returns the end of the word that opens at s[i], of which s[i:j]
// was read: capital says whether it opens with a capital. It also returns
// the case of what it read past j.
func wordEnd(s string, i, j int, capital bool) (int, wordCase) {
	cased := caseNone
	for j < len(s) {
		// Lower-case ASCII letters and digits go on the word as they
		// are: none of the checks below concerns them.
		c := s[j]
		if lowerAlnum[c] {
			j++
			continue
		}
		if endsWord[c] {
			break
		}
		if 'A' <= c && c <= 'Z' && (!capital || j-i < 2 || j+1 == len(s) || s[j+1] < utf8.RuneSelf && !('a' <= s[j+1] && s[j+1] <= 'z')) {
			// No name glued to the word before starts here (see below):
			// the word opens lower-case, the capital is its second
			// letter, or no lower-case letter follows it.
			j++
			cased = max(cased, caseASCII)
			continue
		}
		r2, n2, wordRune := rune(c), 1, asciiAlnum[c]
		if c >= utf8.RuneSelf {
			r2, n2 = utf8.DecodeRuneInString(s[j:])
			wordRune = isWordRune(r2)
		}
		if wordRune {
			// "IniAndi", "RISaleh": a name glued to the word before.
			if capital && unicode.IsUpper(r2) && j-i >= 2 && j+n2 < len(s) && unicode.IsLower(firstRune(s[j+n2:])) {
				if prev, _ := utf8.DecodeLastRuneInString(s[:j]); unicode.IsLetter(prev) {
					break
				}
			}
			j += n2
			cased = max(cased, caseASCII)
			if n2 > 1 {
				cased = caseUnicode
			}
			continue
		}
		if isWordJoiner(r2) && j+n2 < len(s) && wordRuneAt(s, j+n2) {
			// "Aji.Baca": a sentence glued to the next, not "L.P" or "Liputan6.com".
			if r2 == '.' && unicode.IsUpper(firstRune(s[j+n2:])) && utf8.RuneCountInString(s[i:j]) > 1 && !strings.Contains(s[i:j], ".") && !isUpperWord(s[i:j]) {
				break
			}
			j += n2
			if n2 > 1 {
				cased = caseUnicode
			}
			continue
		}
		break
	}
	return j, cased
}

// isWordJoiner reports whether r may stand inside a word, between two of
// its letters or digits: "Liputan6.com", "3/7", "Jum'at".
func isWordJoiner(r rune) bool {
	switch r {
	case '-', '.', '\'', '’', '/', '_', '&':
		return true
	}
	return false
}

// lowerAlnum marks the lower-case ASCII letters and digits, asciiAlnum
// all ASCII letters and digits, and endsWord the other ASCII bytes but
// those that may join the parts of a word.
var lowerAlnum, asciiAlnum, endsWord = func() (lower, all, ends [256]bool) {
	for c := range utf8.RuneSelf {
		lower[c] = 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		all[c] = lower[c] || 'A' <= c && c <= 'Z'
		ends[c] = !all[c] && !isWordJoiner(rune(c))
	}
	return lower, all, ends
}()

// appendLowerWord appends the word w in lower case to dst, where its lower case takes as many bytes as it does.
func appendLowerWord(dst []byte, w string) []byte {
	dst = slices.Grow(dst, len(w))
	b := dst[len(dst) : len(dst)+len(w)]
	for i := range b {
		c := w[i]
		if c >= utf8.RuneSelf {
			dst, _ = appendLower(dst, w)
			return dst
		}
		b[i] = lowerASCII[c]
	}
	return dst[:len(dst)+len(w)]
}

// appendLower appends s in lower case to dst, and reports whether that
// kept every byte offset (always, unless a letter's lower case takes
// another number of bytes; then what it appended is not s lower-cased).
// ASCII is lowered byte by byte and the curly quotes and dashes of news
// text are copied, where strings.ToLower maps every rune of a string that
// is not all ASCII.
func appendLower(dst []byte, s string) ([]byte, bool) {
	start := len(dst)
	dst = slices.Grow(dst, len(s))[:start+len(s)]
	b := dst[start:]
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			b[i] = lowerASCII[c]
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) != n {
				return dst, false
			}
			utf8.EncodeRune(b[i:], l)
		} else {
			copy(b[i:], s[i:i+n])
		}
		i += n
	}
	return dst, true
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// lowerASCII maps each ASCII byte to its lower case.
var lowerASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// isWordRune reports whether r is a letter, a digit or a mark that goes
// on a letter: a rune of a word.
func isWordRune(r rune) bool {
	switch {
	case uint32(r) < utf8.RuneSelf:
		return asciiAlnum[r]
	case generalPunctuation <= r && r <= generalPunctuationEnd:
		// The curly quotation marks and the dashes of a text, looked up
		// in no table: the block holds no letter, digit or mark.
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// The first and the last rune of Unicode's General Punctuation block.
const generalPunctuation, generalPunctuationEnd = '\u2000', '\u206f'

// wordRuneAt reports whether the rune at s[k] is a rune of a word.
func wordRuneAt(s string, k int) bool {
	if c := s[k]; c < utf8.RuneSelf {
		return asciiAlnum[c]
	}
	return isWordRune(firstRune(s[k:]))
}

// glued reports whether two words were written with no space between them
// ("IniAndi" split in two): they belong to different sentences.
func glued(a, b *token) bool {
	return a.word && b.word && a.pos+len(a.s) == b.pos
}

// isUpperWord reports whether s has no lower-case letter ("NATO").
func isUpperWord(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isCapWord reports whether t is a capitalised word ("Jens", "NATO",
// "Liputan6.com"); words that are sentence glue when lower-cased
// ("Namun", "Saat") count too and are trimmed from runs later. The
// tokenizer tells it once per word, in t.upper.
func isCapWord(t token) bool {
	return t.upper
}

// isInitial reports whether the token t is an initial or a short title
// written with a period after it ("V", "L.P", "dr", "Jr").
func isInitial(t *token) bool {
	w := t.s
	if len(w) > 5 {
		return false // most words: none of the shapes below is this long
	}
	// A word of one rune: one byte, or one rune past ASCII (an ASCII
	// first byte with more after it makes two runes or more).
	if len(w) == 1 || w[0] >= utf8.RuneSelf && utf8.RuneCountInString(w) == 1 {
		return t.upper // a capital letter
	}
	return len(w) <= 4 && t.is(classHonorific) || strings.Contains(w, ".") && len(w) <= 5
}

// capRunEnd returns the end of the capitalised name sequence at toks[i].
func capRunEnd(toks []token, i int) int {
	j := i + 1
	for j < len(toks) {
		t := &toks[j]
		switch {
		case t.is(classRunBreaker) || glued(&toks[j-1], t):
		case t.upper: // isCapWord
			j++
			continue
		case t.word && t.is(classNameConnector) && j+1 < len(toks) && isCapWord(toks[j+1]):
			j += 2
			continue
		case t.s == "." && j+1 < len(toks) && isCapWord(toks[j+1]) && isInitial(&toks[j-1]):
			j++
			continue
		}
		break
	}
	return j
}

// trimRun drops the sentence glue at the start of a capitalised run
// ("Namun Stoltenberg" → "Stoltenberg") and any punctuation at its ends.
func trimRun(run []token) []token {
	lo, hi := trimBounds(run)
	return run[lo:hi]
}

// trimBounds returns the bounds in run of what trimRun keeps.
func trimBounds(run []token) (lo, hi int) {
	hi = len(run)
	for lo < hi && (!run[lo].word || run[lo].is(classFunc|classRunBreaker|classDayMonth) || nyaAdverb(run[lo].low)) {
		lo++
	}
	for hi > lo && (!run[hi-1].word || run[hi-1].is(classDayMonth)) {
		hi--
	}
	return lo, hi
}

// nyaAdverb reports whether a lower-cased word is a word of four letters
// or more with -nya, such as the sentence adverbs that open Indonesian
// sentences ("menariknya", "hasilnya", "awalnya") and the pronouns
// "pihaknya", "dirinya": never a name ("Sonya" is too short to be one).
func nyaAdverb(w string) bool {
	return len(w) >= 7 && w[len(w)-3:] == "nya"
}

// notSpeaker reports whether a speaker found is no name at all: a day or a
// month, a sentence adverb or pronoun with -nya, a pronoun left unresolved
// ("Mereka", "Kami"), or a bare "pria"/"wanita".
func notSpeaker(s string) bool {
	if s == "" || strings.ContainsRune(s, ' ') {
		return false
	}
	w := strings.ToLower(s)
	return dayMonth[w] || nyaAdverb(w) || pronouns[w] || unresolved[w]
}

// joinToks returns the text from the first to the last of toks as printed.
func joinToks(text string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	a, b := toks[0].pos, toks[len(toks)-1].pos+len(toks[len(toks)-1].s)
	if a < 0 || b > len(text) || a > b {
		return ""
	}
	return strings.TrimSpace(text[a:b])
}

// tokensIn returns the tokens of toks that lie in text[a:b].
func tokensIn(toks []token, a, b int) []token {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].pos >= a })
	j := i + sort.Search(len(toks)-i, func(k int) bool { return toks[i+k].pos+len(toks[i+k].s) > b })
	return toks[i:j]
}

// A sentence is where a sentence of a paragraph starts: the byte offset
// of its text and the index of its first token. Its tokens run to the
// next sentence's first one: those tokensIn returns for the text between
// the two offsets.
type sentence struct {
	start, tok int
}

// sentenceStarts appends to starts the sentences of text, not counting
// ends inside quotes.
func sentenceStarts(starts []sentence, text string, toks []token, spans []qspan) []sentence {
	starts = append(starts, sentence{})
	k := 0 // the first of spans (sorted, apart) that closes at or after the mark read
	for i := range toks {
		t := &toks[i]
		if t.cls&classSentenceEnd == 0 {
			continue // a word, or another mark
		}
		if i+1 < len(toks) {
			nx := &toks[i+1]
			if nx.word && !nx.upper { // the sentence goes on in lower case or with a number
				continue
			}
			if nx.pos == t.pos+1 && nx.word {
				continue
			}
		}
		for k < len(spans) && spans[k].close < t.pos {
			k++
		}
		if k < len(spans) && spans[k].open <= t.pos { // the mark is inside a quotation (as insideSpan, from a cursor)
			continue
		}
		if t.s == "." && i > 0 && toks[i-1].word && isInitial(&toks[i-1]) {
			continue
		}
		starts = append(starts, sentence{start: t.pos + 1, tok: i + 1})
	}
	return starts
}

// sentenceBefore returns the start of the sentence holding offset i.
func sentenceBefore(starts []sentence, i int) int {
	k := sort.Search(len(starts), func(k int) bool { return starts[k].start > i })
	if k == 0 {
		return 0
	}
	return starts[k-1].start
}

// sentenceEndsBetween reports whether a sentence ends in text[a:b].
func sentenceEndsBetween(text string, a, b int) bool {
	if a < 0 || b > len(text) || a >= b {
		return false
	}
	return strings.ContainsAny(text[a:b], ".!?")
}

// gluedBreakBefore reports whether a sentence end and commas alone come
// right before offset i: paragraphs a scraper glued with "," ("menawan.,,,").
func gluedBreakBefore(text string, i int) bool {
	s := strings.TrimRight(text[:min(i, len(text))], " ")
	t := strings.TrimRight(s, ",")
	return len(t) < len(s) && strings.HasSuffix(t, ".")
}

// startsParagraph reports whether only spaces come before offset i.
func startsParagraph(text string, i int) bool {
	return strings.TrimSpace(text[:min(i, len(text))]) == ""
}

// findSources returns the outlets and agencies the article cites, in order
// of first mention and without repeats: the name after "dilansir (dari)",
// "dikutip (dari)", "seperti dikutip", "(seperti) diberitakan", "melansir",
// "mengutip", "seperti ditulis", "Sumber:", "menurut laporan" (outlet names
// only), an Instagram @handle, and wire credits such as "(ANTARA)". The name
// stops at a comma, a period, "pada", "yang" or a date. It returns nil when
// the article cites none.
func findSources(paras []Paragraph) []string {
	bt, _ := tokenizeInto(nil, paras)
	return findSourcesIn(paras, bt.toks, bt.classes)
}

// findSourcesIn is findSources over paragraphs already tokenized, with
// the classes of each paragraph's words (bodyTokens.classes): a paragraph
// with no cue word and no wire in parentheses cites nothing.
func findSourcesIn(paras []Paragraph, all [][]token, classes []wordClass) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.Trim(s, " ,.;:-")
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			return
		}
		seen[k] = true
		out = append(out, s)
	}
	for pi, p := range paras {
		if p.Kind == KindHeading {
			continue
		}
		text := p.Text
		if classes[pi]&classSourceCue == 0 && !mayCreditWire(text) {
			continue
		}
		toks := all[pi]
		for i := 0; i < len(toks); i++ {
			// Most tokens are neither a cue nor a "(".
			for i < len(toks) && toks[i].cls&classSourceCue == 0 && (toks[i].word || toks[i].s != "(") {
				i++
			}
			if i == len(toks) {
				break
			}
			t := &toks[i]
			if !t.word {
				// "(ANTARA)"-style wire credits.
				if t.s == "(" && i+2 < len(toks) && toks[i+2].s == ")" && wires[toks[i+1].low] {
					add(toks[i+1].s)
				}
				continue
			}
			lw := t.low
			// "Dikutip dariABC News": the cue glued to the name.
			if (lw == "dikutip" || lw == "dilansir") && i+1 < len(toks) {
				nx := toks[i+1]
				if rest, ok := strings.CutPrefix(nx.s, "dari"); ok && nx.word && rest != "" && unicode.IsUpper(firstRune(rest)) {
					glued := append([]token{{s: rest, low: strings.ToLower(rest), pos: nx.pos + 4, word: true, upper: true}}, toks[i+2:]...)
					add(sourceName(text, glued, false))
					continue
				}
			}
			var rest []token
			strict := false
			switch lw {
			case "dilansir", "dikutip", "melansir", "mengutip", "diberitakan":
				rest = toks[i+1:]
				if len(rest) > 0 && strings.EqualFold(rest[0].s, "dari") {
					rest = rest[1:]
				} else if len(rest) > 1 && rest[0].word && strings.EqualFold(rest[1].s, "dari") && lw == "dikutip" {
					rest = rest[2:] // "Dikutip detikINET dari BBC"
				}
			case "ditulis", "dilaporkan":
				if i > 0 && strings.EqualFold(toks[i-1].s, "seperti") {
					rest = toks[i+1:]
					if len(rest) > 0 && strings.EqualFold(rest[0].s, "oleh") {
						rest = rest[1:]
					}
				}
			case "sumber":
				if i+1 < len(toks) && toks[i+1].s == ":" {
					rest = toks[i+2:]
				}
			case "laporan":
				if i > 0 && strings.EqualFold(toks[i-1].s, "menurut") {
					rest = toks[i+1:]
					strict = true
				}
			case "situs", "laman", "website", "portal":
				// "… dalam situs portal berita resmi Pemprov DKI,
				// Beritajakarta.com": the site's address, later in the
				// same sentence. A site named only in words ("situs Page
				// Six") is left alone: it may be the place, not a source.
				for k := i + 1; k < len(toks) && k <= i+10; k++ {
					if nk := toks[k]; nk.word && isDomain(nk.low) {
						add(nk.s)
						break
					} else if !nk.word && strings.ContainsAny(nk.s, ".!?;:\"“”") {
						break
					}
				}
				continue
			case "instagram", "twitter", "tiktok", "facebook", "youtube", "threads":
				for k := i + 1; k < len(toks) && k <= i+3; k++ {
					if strings.HasPrefix(toks[k].s, "@") {
						add(t.s + " " + toks[k].s)
						break
					}
					if !toks[k].word {
						break
					}
				}
				continue
			default:
				continue
			}
			if name := sourceName(text, rest, strict); name != "" {
				add(name)
			}
		}
	}
	return out
}

// mayCreditWire reports whether text may hold a wire credit,
// "(ANTARA)": a '(' and the next ')' around a word that is one of the
// wires in some case.
func mayCreditWire(text string) bool {
	for {
		i := strings.IndexByte(text, '(')
		if i < 0 {
			return false
		}
		text = text[i+1:]
		j := strings.IndexByte(text, ')')
		if j < 0 {
			return false
		}
		// A wire's name is nine letters at most, each four bytes at most
		// in some case.
		if name := strings.TrimSpace(text[:j]); name != "" && len(name) <= 36 {
			var b [36]byte
			low, ok := appendLower(b[:0], name)
			if !ok || wires[string(low)] {
				return true
			}
		}
	}
}

// sourceName reads an outlet's name after a citing cue: capitalised words
// (with "dari", "of", "the" between them), or one lower-case token standing
// alone ("channelstv"). With strict, the name must look like an outlet's.
func sourceName(text string, toks []token, strict bool) string {
	i := 0
	for i < len(toks) && toks[i].word && sourceSkip[toks[i].low] {
		i++
	}
	if i >= len(toks) || !toks[i].word {
		return ""
	}
	first := toks[i]
	if !hasUpper(first.s) {
		if strict || first.is(classDayMonth) || first.is(classSpeakerStop) || unicode.IsDigit(firstRune(first.s)) {
			return ""
		}
		if i+1 < len(toks) && toks[i+1].word {
			return ""
		}
		return first.s
	}
	j := i
	for j < len(toks) && j < i+7 {
		t := toks[j]
		if !t.word {
			if t.s == "-" && j+1 < len(toks) && hasUpper(toks[j+1].s) && toks[j+1].pos == t.pos+1 {
				j++
				continue
			}
			break
		}
		if t.is(classDayMonth) || unicode.IsDigit(firstRune(t.s)) && j > i {
			break
		}
		if hasUpper(t.s) || unicode.IsDigit(firstRune(t.s)) {
			j++
			continue
		}
		if t.is(classSourceConnector) && j+1 < len(toks) && toks[j+1].word && hasUpper(toks[j+1].s) && !toks[j+1].is(classDayMonth) {
			j++
			continue
		}
		break
	}
	name := joinToks(text, toks[i:j])
	if strict && !outletLike(name) {
		return ""
	}
	return name
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isDomain reports whether a lower-case word is a web address's host:
// dotted labels ending in a common top-level domain ("beritajakarta.com",
// "www.menpan.go.id").
func isDomain(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || strings.Contains(w, "..") {
		return false
	}
	switch w[dot+1:] {
	case "com", "id", "net", "org", "co", "tv", "info", "news", "uk", "au", "sg", "my":
		return true
	}
	return false
}

// outletLike reports whether name looks like a news outlet's rather than an
// institution's ("Manchester Evening News" but not "BPS").
func outletLike(name string) bool {
	l := strings.ToLower(name)
	if strings.Contains(l, ".co") || strings.Contains(l, ".id") || strings.Contains(l, ".net") {
		return true
	}
	for _, w := range strings.Fields(l) {
		if outletWords[w] || wires[w] {
			return true
		}
	}
	return false
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	// tailVerbs are the reporting verbs that follow a quote and come before
	// their subject ("ujar X", "kata dia"), also with -nya ("ujarnya").
	tailVerbs = set(`ujar kata ungkap jelas tutur tambah lanjut imbuh terang tegas ucap papar
		sebut pesan sambung pungkas tandas tukas tulis seru timpal jawab tanya beber urai kenang
		cerita sergah kilah bongkar komentar harap ajak pinta tutup imbau ingat
		said says added asked wrote`)
	// subjectVerbs are the reporting verbs that follow their subject
	// ("X mengatakan", "ia melanjutkan", "Soini affirmed").
	subjectVerbs = set(`mengatakan menyatakan menjelaskan menegaskan menekankan menuturkan menambahkan
		mengungkapkan mengungkap menyampaikan menerangkan memaparkan menyebut menyebutkan mengaku
		mengakui menilai berpendapat berkata berujar bertutur meminta mengimbau membenarkan mengklaim
		menyoroti menyinggung mengusulkan berharap mengharapkan memastikan mengingatkan melanjutkan
		menanggapi bercerita menceritakan mencontohkan menjawab bertanya menanyakan menyarankan
		menuliskan menulis mengutarakan mengisahkan mengenang menandaskan memperingatkan mengemukakan
		menguraikan membeberkan mengeluhkan menyesalkan mengajak menuding membantah
		said says told tells stated states added adds explained noted affirmed remarked emphasized
		emphasised stressed pointed wrote asked insisted argued warned declared announced confirmed`)
	// speechActVerbs and speechNouns make a speech act of a verb and its
	// object ("memberikan pujian", "melontarkan kritik"). Every verb
	// starts with "me-".
	speechActVerbs = set(`memberikan memberi melontarkan menuliskan mengirimkan mengirim meninggalkan`)
	speechNouns    = set(`pujian komentar tanggapan kritik kritikan ucapan pesan sindiran cibiran`)
	// passiveVerbs take their speaker after "oleh" ("diungkapkan oleh X").
	passiveVerbs = set(`diungkapkan disampaikan dikatakan dijelaskan ditegaskan dinyatakan diutarakan dituturkan
		dibeberkan dipaparkan diterangkan diucapkan ditandaskan dikemukakan`)
	// titleGlue join the parts of a long title before a name ("Kepala
	// Bidang Humas dan Protokol", "peneliti dari Universitas X", "Direktur
	// PT X selaku pengelola Y").
	titleGlue = set(`dan dari selaku`)
	// runBreakers are capitalised words that open a sentence glued to a
	// name ("... Makan Kambing Disebutkan Sapto Aji").
	runBreakers = set(`diungkapkan disampaikan dikatakan dijelaskan ditegaskan dinyatakan diutarakan dituturkan
		disebutkan disebut diketahui dilansir dikutip diberitakan baca simak lihat berdasarkan menurut`)
	// demikianNouns follow "demikian" in "demikian pernyataan X".
	demikianNouns = set(`pernyataan keterangan kata ujar ungkap tulis penjelasan`)
	pronouns      = set(`ia dia beliau pihaknya dirinya he she`)
	// unresolved are pronouns and bare nouns no single speaker stands for.
	unresolved = set(`mereka kami kita saya aku anda kalian pria wanita perempuan lelaki laki-laki they we
		i`)
	anaphors = set(`itu ini tersebut`)
	adverbs  = set(`pun juga lalu kemudian kembali sebelumnya sendiri lantas telah sudah lebih lanjut sempat akan masih tengah sedang pernah bahkan rupanya then also has had`)
	// speakerStops end a speaker read after a verb.
	speakerStops = set(`di kepada dalam saat ketika pada usai seusai seperti sebagaimana yang dikutip dilansir
		melalui via didampingi sambil sembari seraya dengan dari kemarin lagi tadi sebelum setelah
		selaku bahwa soal terkait mengenai tentang kala menegaskan menambahkan dan usai
		on at in to during after before when while who according as from told`)
	// nameConnectors may stand inside a name ("Secretary of State Pratikno").
	nameConnectors = set(`bin binti van von de da al el of`)
	// officeWords open a description of an office rather than a name.
	officeWords = set(`kepala ketua wakil direktur menteri sekretaris juru gubernur bupati wali kapolsek kapolres
		kapolda kapolri kasubdit kasat kasatreskrim koordinator presiden manajer dosen anggota staf kabid kadis
		camat lurah rektor dekan pengamat peneliti analis komisaris ceo founder pendiri pelatih kapten
		deputi asisten plt pj kabag kasi kasubag humas direktur dirut komandan panglima jaksa hakim
		ketum sekjen pimpinan pemimpin kepala guru ustaz penasihat penasehat ahli pakar psikolog dokter
		chief director minister secretary president governor mayor spokesman spokeswoman spokesperson
		head professor senator`)
	// ranks are police and military ranks written before a name.
	ranks = set(`kombes akbp akp kompol iptu ipda aiptu aipda bripka brigadir briptu bripda brigjen irjen
		komjen jenderal letjen mayjen kolonel letkol kapten letnan serka serma sertu laksamana laksma
		marsekal`)
	// namePrefixes open Indonesian names and are left out when the person
	// is called by the next word ("Muhammad Ridho" → "Ridho", "I Made
	// Sudana" → "Made", "Teuku Rizal" → "Rizal").
	namePrefixes = set(`muhammad mohammad mohamad muhamad moh mochammad ahmad achmad abdul abdullah siti nur
		andi i ni gusti raden teuku cut tengku`)
	// honorifics are short titles written before a name ("dr Wisman", "Plt. Kepala
	// Dinas", "Pjs. Bupati": the acting officials Plt, Plh, Pj and Pjs).
	honorifics = set(`dr drg ir prof h hj jr sr st mr mrs ms drs dra kh pj pjs plt plh`)
	// funcWords are capitalised only because they open a sentence.
	funcWords = set(`namun sementara menurut kata saat dalam di ke dari pada untuk dengan jika ketika setelah hanya
		sebelum selain bahkan tapi tetapi dan atau ini itu hal sebelumnya kemudian lalu meski walau
		karena sebab apalagi bagi oleh usai seusai sesudah tak tidak hingga sejak seperti yang para sang adapun sedangkan
		diberitakan dilansir dikutip mengutip melansir berdasarkan sebagai selama bersama terkait
		the a an in on at of and but for with as by from`)
	dayMonth = set(`senin selasa rabu kamis jumat jum'at jum’at sabtu minggu ahad
		januari februari maret april mei juni juli agustus september oktober november desember
		monday tuesday wednesday thursday friday saturday sunday january february march june july
		august october december`)
	// titleConnectors may be lower case in a title of a work.
	titleConnectors = set(`dan di ke dari untuk yang the of and a an in on for to with & de la van von`)
	// labels come before a quoted title, term or nickname, not speech.
	labels = set(`sebagai bertajuk berjudul bertema bertemakan tema julukan dijuluki sebutan disebut istilah
		tagar slogan film lagu album buku novel program acara judul kategori nama bernama kata kalimat
		frasa motto semboyan jargon gerakan kampanye called dubbed titled named
		artinya terjemahan niat doa bacaan lafaz lafadz lafal berbunyi`)
	// translationWords open the translation of a text quoted in another
	// language.
	translationWords = set(`artinya terjemahan terjemahannya`)
	// sourceSkip are descriptions between a citing cue and the outlet's name.
	sourceSkip = set(`situs laman website web portal media harian koran majalah surat kabar kantor berita
		stasiun televisi akun resmi buku`)
	// sourceCues are the words findSourcesIn reads a source after or
	// around.
	sourceCues = set(`dilansir dikutip melansir mengutip diberitakan ditulis dilaporkan sumber laporan
		situs laman website portal instagram twitter tiktok facebook youtube threads`)
	// subjectWords are the words subjectIn looks for beyond the reporting
	// verbs: "menurut" and "menurutnya", which introduce a speaker, and
	// those that give an alias ("yang akrab disapa Dani").
	subjectWords = set(`menurut menurutnya disapa alias dipanggil`)
	// sentenceEnds are the marks that end a sentence, each a token of its
	// own.
	sentenceEnds = set(`. ! ?`)
	// sourceConnectors may stand inside an outlet's or a book's name.
	sourceConnectors = set(`dari of the and de`)
	// wires are news agencies credited in parentheses.
	wires = set(`antara reuters afp ap xinhua kyodo yonhap bernama anadolu tass sputnik bloomberg ansa efe dpa upi`)
	// outletWords make a name after "menurut laporan" look like an outlet's.
	outletWords = set(`news times post daily journal herald guardian telegraph tribune evening mail press bbc
		cnn dw abc nbc cbs fox sky reuters bloomberg afp ap aljazeera jazeera kompas tempo detik tribun
		liputan6 republika okezone viva merdeka sindonews kumparan cnbc kontan tv radio magazine gazette
		chronicle sun express mirror independent observer politico axios insider forbes wire agency
		channelnewsasia cna nhk xinhua kyodo yonhap`)
)
