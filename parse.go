package berita

import (
	"errors"
	"io"
	"time"
)

// Errors returned by the parsers. Test for them with errors.Is: the error
// returned usually wraps one of these with the detail.
var (
	// ErrTooLarge reports an input longer than Parser.MaxBytes.
	ErrTooLarge = errors.New("berita: input too large")
	// ErrNotArticle reports a page that is not an article (a homepage or an
	// index of links). The Article returned with it still holds the page's metadata.
	ErrNotArticle = errors.New("berita: not an article")
	// ErrNoContent reports an input with no text at all.
	ErrNoContent = errors.New("berita: no content")
)

// DefaultMaxBytes is the input size limit of a Parser whose MaxBytes is zero.
const DefaultMaxBytes = 32 << 20

// wib is Waktu Indonesia Barat (UTC+7): Jakarta, Sumatra, Java, West and
// Central Kalimantan. Indonesia keeps no daylight saving, so fixed zones are exact.
var wib = time.FixedZone("WIB", 7*3600)

// A Parser parses articles. Its zero value is ready to use, and a Parser is
// safe for concurrent use by multiple goroutines: all per-call state lives in
// the call.
type Parser struct {
	// URL is the page's address, used to recognise the outlet and to resolve
	// relative links. Empty means the page's own canonical or og:url, if any.
	URL string
	// MaxBytes is the largest input accepted; a longer one fails with
	// ErrTooLarge. Zero means DefaultMaxBytes; a negative value means no limit.
	MaxBytes int64
	// Now is the reference time for relative dates ("2 jam lalu", "kemarin").
	// Zero means relative dates are not resolved. berita never reads the clock.
	Now time.Time
	// Location is the zone of times printed without one. Nil means WIB (UTC+7).
	Location *time.Location
}

// ParseText parses an article body given as plain text. It is shorthand for
// new(Parser).ParseText(s).
func ParseText(s string) (*Article, error) {
	return new(Parser).ParseText(s)
}

// ParseHTML parses an article page read from r. It is shorthand for
// new(Parser).ParseHTML(r).
func ParseHTML(r io.Reader) (*Article, error) {
	return new(Parser).ParseHTML(r)
}

func (p *Parser) maxBytes() int64 {
	switch {
	case p.MaxBytes == 0:
		return DefaultMaxBytes
	case p.MaxBytes < 0:
		return 1<<63 - 1
	}
	return p.MaxBytes
}

func (p *Parser) location() *time.Location {
	if p.Location != nil {
		return p.Location
	}
	return wib
}

// A block is one unit of text a front end found: a paragraph, a heading, a
// line of a text file. Both front ends reduce their input to a list of
// blocks, and everything after that (dateline, related links, credits,
// quotes) is shared, so a rule learned from HTML also serves text.
type block struct {
	text    string
	heading bool   // the markup says it is a subheading (h2/h3, a lone <strong>)
	href    string // the link of a block that is one link, or starts with a related cue and a link
	related bool   // the block stands in a box of related links
}
