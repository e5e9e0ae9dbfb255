// Command berita parses Indonesian news articles and prints them as JSON,
// plain text or Markdown.
//
// Usage:
//
//	berita [flags] [PATH ...]
//
// A PATH is a file, a folder, a WARC archive or "-" for standard input; with
// no PATH it reads standard input. It tells HTML from plain text by the
// content (-format forces one).
//
// One plain file (or standard input) prints one indented JSON article; an
// error, a page that is not an article included, goes to standard error
// with exit status 1.
//
// Anything else is a batch: several PATHs, a folder (walked recursively for
// *.html, *.htm and *.txt, each optionally gzipped as *.html.gz, in sorted
// order) or a WARC archive (*.warc, *.warc.gz). A batch prints JSON Lines,
// one object per input in input order with a "file" field (a WARC record:
// "url", its WARC-Target-URI) and either the article or an "error". -j sets
// how many inputs are parsed at once; the order of the output does not
// depend on it. A failing input does not stop the batch. A page that is not
// an article is a record whose error is "berita: not an article" and counts
// as skipped, not failed. The exit status is 1 if any input failed, 2 for a
// usage error, 0 otherwise.
//
// In a WARC archive each response record whose HTTP Content-Type is HTML is
// parsed, with its WARC-Target-URI as the page URL and the charset of its
// HTTP header honoured when the page declares none; other records are
// skipped and counted. The archive is streamed: memory stays flat however
// large it is. Standard input that holds a WARC archive, gzipped or not
// (it starts with a "WARC/1." line), is read the same way, so an archive
// can be piped in from a download.
//
// -o text prints the title, a date line and the paragraphs separated by
// blank lines (a list's items after "• ", a table's rows with their cells
// joined by " | "); -o md prints Markdown, with lists, tables and the
// images and embeds where they stand. In a batch, text articles are
// separated by a line holding a form feed (^L) between blank lines, Markdown
// ones by a "---" line; failures go to standard error.
//
// A batch shows its progress on standard error when that is a terminal, and
// ends with a one-line summary there (parsed, failed, skipped, by outlet);
// -q silences both.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/internal/record"
	"github.com/warta-id/berita/warc"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK     = 0
	exitFailed = 1 // an input failed
	exitUsage  = 2 // bad flags or arguments
)

// options are what the flags ask of a run.
type options struct {
	rec    record.Options // how inputs are parsed, filtered and printed as JSON
	output string         // json, text or md
	jobs   int            // inputs parsed at once
	quiet  bool           // no progress, no summary

	stdinWARC bool // standard input holds a WARC archive
}

const usage = `usage: berita [flags] [PATH ...]

A PATH is a file, a folder (walked for *.html, *.htm, *.txt, optionally
gzipped, and for pages saved under their server's names, *.shtml, *.xhtml,
*.php, *.asp(x) or no extension, when their content is HTML; symbolic
links to files followed, the other files counted in the summary), a WARC
archive (*.warc, *.warc.gz) or "-" for standard input, which may hold a
page or a WARC archive.
One plain file prints one indented JSON article; anything else prints JSON
Lines, one record per input in input order: "file" (or "source_url" for a
WARC record, with its "warc_date", "warc_record_id" and "http_status") and
the article or an "error"; the article's "url" is the canonical address the
page states. A page that is not an article is a record with the
error "berita: not an article": skipped, not failed. On its own, it prints
that error on standard error and nothing on standard output. -outlet and
-min-words leave the articles they filter out of the output (the summary
counts them). Relative dates in a WARC record are read against its
WARC-Date unless -now is given; records whose HTTP status is not 2xx are
skipped and counted. -o text separates articles by a form-feed line, -o md
by a "---" line. Flags may come before or after the PATHs; "--" ends them.

Exit status: 0 when every input parsed or was skipped (a page that is not
an article, alone or in a batch, is skipped), 1 when any failed, 2 for a
usage error.

The article fields -fields takes:
%s.

Flags:
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("berita", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "auto", "input format: auto, html or text")
	pageURL := fs.String("url", "", "the page's URL (outlet detection, link resolution); one input only")
	now := fs.String("now", "", "reference time for relative dates, RFC 3339 (default: the clock)")
	jobs := fs.Int("j", runtime.NumCPU(), "inputs parsed in parallel")
	output := fs.String("o", "json", "output: json, text or md")
	outlets := fs.String("outlet", "", "print only the articles of these outlets, comma-separated (case-insensitive substring of the outlet name); the others are left out")
	minWords := fs.Int("min-words", 0, "leave out the articles with fewer `words` in their paragraphs")
	fields := fs.String("fields", "", "print only these comma-separated article fields (JSON), e.g. title,published,paragraphs")
	quiet := fs.Bool("q", false, "no progress line and no summary on standard error")
	maxBytes := fs.String("max-bytes", fmt.Sprintf("%dMiB", berita.DefaultMaxBytes>>20), "the largest input parsed, in bytes or with a suffix KiB, MiB, GiB; a larger one fails")
	generic := fs.Bool("generic", false, "ignore the outlet table: parse every input with the generic rules, as an outlet berita does not know")
	fs.Usage = func() {
		fmt.Fprintf(stderr, usage, record.FieldList(76))
		fs.PrintDefaults()
	}
	paths, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	bad := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "berita: "+format+"\n", a...)
		return exitUsage
	}
	o := &options{
		rec: record.Options{
			Parser:   berita.Parser{URL: *pageURL, Now: time.Now(), Generic: *generic},
			Format:   *format,
			MinWords: *minWords,
		},
		output: *output,
		jobs:   *jobs,
		quiet:  *quiet,
	}
	switch {
	case o.rec.Format != "auto" && o.rec.Format != "html" && o.rec.Format != "text":
		return bad("unknown -format %q (want auto, html or text)", o.rec.Format)
	case o.output != "json" && o.output != "text" && o.output != "md":
		return bad("unknown -o %q (want json, text or md)", o.output)
	case o.jobs < 1:
		return bad("-j %d: want 1 or more", o.jobs)
	case o.rec.MinWords < 0:
		return bad("-min-words %d: want 0 or more", o.rec.MinWords)
	}
	n, err := record.ParseSize(*maxBytes)
	if err != nil {
		return bad("-max-bytes: %v", err)
	}
	o.rec.Parser.MaxBytes = n
	if *now != "" {
		t, err := time.Parse(time.RFC3339, *now)
		if err != nil {
			return bad("-now: %v", err)
		}
		o.rec.Parser.Now = t
		o.rec.NowSet = true
	}
	o.rec.Outlets = record.OutletNames(strings.Split(*outlets, ","))
	if *fields != "" {
		if o.output != "json" {
			return bad("-fields needs -o json")
		}
		f, err := record.ParseFields(*fields)
		if err != nil {
			return bad("-fields: %v", err)
		}
		o.rec.Fields = f
	}

	if len(paths) == 0 {
		paths = []string{"-"}
		if f, ok := stdin.(*os.File); ok && isTerminal(f) {
			fmt.Fprintln(stderr, "berita: reading a page or a text from standard input (end it with Ctrl-D; -h for help)")
		}
	}
	if slices.Contains(paths, "-") {
		in := bufio.NewReaderSize(stdin, 64<<10)
		o.stdinWARC = warc.IsArchive(in)
		stdin = in
	}
	one := len(paths) == 1 && isPlainFile(paths[0]) && !(paths[0] == "-" && o.stdinWARC)
	if one {
		return runOne(o, paths[0], stdin, stdout, stderr)
	}
	if o.rec.Parser.URL != "" {
		// One address for many pages would give them all that page's
		// outlet and links; a WARC record has its own target URI.
		return bad("-url is for a single input, not %s", strings.Join(paths, " "))
	}
	return runBatch(o, paths, stdin, stdout, stderr)
}

// parseArgs parses the command line's flags wherever they stand, before or
// after the PATHs, and returns the PATHs in order. "-" is a PATH (standard
// input); after "--" every argument is one.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(paths, rest...), nil
		}
		if len(rest) == 0 {
			return paths, nil
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// isPlainFile reports whether path is standard input or a file that is not
// a WARC archive: the inputs that print one indented article on their own.
func isPlainFile(path string) bool {
	if path == "-" {
		return true
	}
	if record.IsWARC(path) {
		return false
	}
	fi, err := os.Stat(path)
	return err != nil || !fi.IsDir() // a missing file fails as before: one error
}

// runOne parses one input and prints its article: indented JSON, text or
// Markdown. An error goes to stderr.
func runOne(o *options, path string, stdin io.Reader, stdout, stderr io.Writer) int {
	r := work(o, &job{Input: record.Input{Name: path}}, stdin, true)
	if r.err != nil {
		fmt.Fprintf(stderr, "berita: %s: %v\n", path, trimPrefix(r.err))
		if r.status == record.NotArticle {
			return exitOK // as in a batch: not an article is skipped, not failed
		}
		return exitFailed
	}
	if _, err := stdout.Write(r.out); err != nil {
		fmt.Fprintf(stderr, "berita: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// trimPrefix drops the "berita: " of a library error, which the CLI prints itself.
func trimPrefix(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return strings.TrimPrefix(err.Error(), "berita: ")
}
