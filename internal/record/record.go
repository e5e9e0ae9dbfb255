// Package record turns inputs (files, and the pages of WARC response
// records) into the JSON Lines records berita's batch tools print, so that
// the command in cmd/berita and the Beam pipeline in the beam module print
// the same record for the same input: the "file" field (or a WARC record's
// "source_url", "warc_date", "warc_record_id" and "http_status"), the
// article or an "error", trimmed to -fields, and dropped by -outlet and
// -min-words.
//
// The beam module imports it across modules: Go's rule for internal
// packages is one of import paths, and github.com/warta-id/berita/beam/...
// lies under github.com/warta-id/berita.
package record

import (
	"bytes"
	"errors"
	"strings"
	"time"

	"github.com/warta-id/berita"
)

// ErrEncoding reports a WARC record whose body is in a Content-Encoding
// berita cannot decode (br, zstd). Its record is printed with the error and
// counted with the skipped WARC records, not as a failure.
var ErrEncoding = errors.New("berita: Content-Encoding not supported")

// Options say how inputs are parsed and which records are kept.
type Options struct {
	// Parser parses every input; for a WARC record, a copy takes the
	// record's target URI, HTTP charset and capture time.
	Parser berita.Parser
	// Format is the format of files: "html", "text", or "" or "auto" to
	// tell them by their content. WARC records are always HTML.
	Format string
	// Outlets keeps only the articles whose outlet's name contains one of
	// these, in lower case (a page that is not an article too, as it has an
	// outlet); nil keeps every outlet.
	Outlets []string
	// MinWords drops the articles with fewer words in their paragraphs;
	// zero keeps them all.
	MinWords int
	// Fields are the article's JSON fields a record holds (see Fields);
	// nil means all of them.
	Fields map[string]bool
	// NowSet says Parser.Now was given by the user: it is then the
	// reference time of WARC records too, instead of their capture time.
	NowSet bool
}

// OutletNames returns the names Options.Outlets takes from a list of them
// (-outlet's, split at its commas): trimmed and in lower case, the empty
// ones dropped; nil when none is left.
func OutletNames(names []string) []string {
	var out []string
	for _, s := range names {
		if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// A Status is what became of an input.
type Status int

// The statuses of an input.
const (
	Parsed      Status = iota // an article, printed
	Failed                    // an error, printed as the record's error
	NotArticle                // a page that is not an article: printed with its error, skipped not failed
	Filtered                  // an article -outlet or -min-words drops: not printed
	Undecodable               // a WARC record whose body berita cannot decode: printed with its error, counted with the skipped records
)

// A Provenance is where a WARC record's page comes from: the address it was
// fetched from (WARC-Target-URI), the record's WARC-Date (the capture
// time) and WARC-Record-ID, and the HTTP status of the response it holds.
type Provenance struct {
	URL      string
	Date     string // as the record states it, RFC 3339
	RecordID string
	Status   int
}

// An Input is one article to parse: a file, or the page of a WARC response
// record.
type Input struct {
	Name    string        // the file, or "-" for standard input; for a WARC record, the archive
	WARC    *Provenance   // a WARC record's capture; nil for a file
	Charset string        // the charset a WARC record's HTTP header names
	Page    *bytes.Buffer // a WARC record's HTTP body, from Pages; nil for a file, which its reader reads
	Err     error         // why the input could not be read; the rest is unset
}

// Parse parses an input's page: a WARC record's as HTML, with the record's
// target URI as the address and its capture as the reference time (unless
// NowSet), a file's as Format says.
func (o *Options) Parse(in *Input, page []byte) (*berita.Article, error) {
	if in.WARC != nil {
		p := o.Parser
		p.URL = in.WARC.URL
		p.Charset = in.Charset
		// Relative dates ("2 jam lalu") are relative to the capture, not to
		// the clock, unless the user gave a reference time.
		if t, err := time.Parse(time.RFC3339, in.WARC.Date); err == nil && !o.NowSet {
			p.Now = t
		}
		return p.ParseHTML(bytes.NewReader(page))
	}
	switch o.Format {
	case "html":
		return o.Parser.ParseHTML(bytes.NewReader(page))
	case "text":
		return o.Parser.ParseText(string(page))
	}
	return o.Parser.Parse(bytes.NewReader(page))
}

// Judge says what became of an input that parsed to a and err: its status,
// Filtered when the filters drop it.
func (o *Options) Judge(a *berita.Article, err error) Status {
	var st Status
	switch {
	case err == nil:
		st = Parsed
	case errors.Is(err, berita.ErrNotArticle):
		st = NotArticle
	case errors.Is(err, ErrEncoding):
		st = Undecodable
	default:
		st = Failed
	}
	if a != nil && !o.keep(a, st) {
		return Filtered
	}
	return st
}

// keep reports whether the filters let an article through. A page that is
// not an article still has an outlet, so Outlets drops it too.
func (o *Options) keep(a *berita.Article, st Status) bool {
	if len(o.Outlets) > 0 && st != Failed {
		name := strings.ToLower(a.Outlet)
		found := false
		for _, s := range o.Outlets {
			if strings.Contains(name, s) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return st != Parsed || o.MinWords == 0 || a.WordCount >= o.MinWords
}

// Line is the JSON Lines record of an input that parsed to a and err, with
// its status: nil for an article the filters drop. A record that cannot be
// marshalled becomes an error record, and the input fails.
func (o *Options) Line(in *Input, a *berita.Article, err error) ([]byte, Status) {
	st := o.Judge(a, err)
	if st == Filtered {
		return nil, st
	}
	if err != nil {
		a = nil
	}
	out, rerr := o.JSON(in, err, a, false)
	if rerr != nil {
		st = Failed
		out, _ = o.JSON(in, rerr, nil, false)
	}
	return out, st
}
