// Command berita parses Indonesian news articles and prints them as JSON.
//
// Usage:
//
//	berita [flags] [FILE ...]
//
// With no FILE, or with "-", it reads standard input. It tells HTML from
// plain text by the content (-format forces one). One input prints one
// indented JSON article; several print JSON Lines, one object per input with
// a "file" field and either the article or an "error".
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/warta-id/berita"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("berita", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "auto", "input format: auto, html or text")
	pageURL := fs.String("url", "", "the page's URL (outlet detection, link resolution)")
	now := fs.String("now", "", "reference time for relative dates, RFC 3339 (default: the clock)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: berita [flags] [FILE ...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *format != "auto" && *format != "html" && *format != "text" {
		fmt.Fprintf(stderr, "berita: unknown -format %q (want auto, html or text)\n", *format)
		return 2
	}
	p := &berita.Parser{URL: *pageURL, Now: time.Now()}
	if *now != "" {
		t, err := time.Parse(time.RFC3339, *now)
		if err != nil {
			fmt.Fprintf(stderr, "berita: -now: %v\n", err)
			return 2
		}
		p.Now = t
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	if len(files) == 1 {
		a, err := parseFile(p, files[0], *format, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "berita: %s: %v\n", files[0], trimPrefix(err))
			return 1
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(a); err != nil {
			fmt.Fprintf(stderr, "berita: %v\n", err)
			return 1
		}
		return 0
	}
	status := 0
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, f := range files {
		rec := record{File: f}
		a, err := parseFile(p, f, *format, stdin)
		if err != nil {
			rec.Error = err.Error()
			status = 1
		} else {
			rec.Article = a
		}
		if err := enc.Encode(rec); err != nil {
			fmt.Fprintf(stderr, "berita: %v\n", err)
			return 1
		}
	}
	return status
}

// A record is one line of JSON Lines output: the input's name and either
// its article or the error that stopped it.
type record struct {
	File  string `json:"file"`
	Error string `json:"error,omitempty"`
	*berita.Article
}

func parseFile(p *berita.Parser, name, format string, stdin io.Reader) (*berita.Article, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, err
	}
	if format == "auto" {
		format = "text"
		if looksLikeHTML(data) {
			format = "html"
		}
	}
	if format == "html" {
		return p.ParseHTML(bytes.NewReader(data))
	}
	return p.ParseText(string(data))
}

// looksLikeHTML reports whether the input starts, after a BOM and white
// space, with markup: a doctype, a comment or a tag.
func looksLikeHTML(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) > 512 {
		b = b[:512]
	}
	s := strings.ToLower(string(b))
	return strings.HasPrefix(s, "<!doctype") || strings.HasPrefix(s, "<html") ||
		strings.HasPrefix(s, "<!--") || strings.HasPrefix(s, "<?xml") ||
		strings.HasPrefix(s, "<head") || strings.HasPrefix(s, "<meta") ||
		strings.HasPrefix(s, "<") && strings.Contains(s, "</")
}

// trimPrefix drops the "berita: " of a library error, which the CLI prints itself.
func trimPrefix(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return strings.TrimPrefix(err.Error(), "berita: ")
}
