// Package pipeline parses Indonesian news articles with berita in an Apache
// Beam pipeline, so that a crawl too large for one machine (thousands of
// WARC files, tens of millions of pages) runs on Dataflow, Flink or Spark,
// and the same pipeline runs in-process for tests.
//
// Parse reads files matched by patterns on any Beam filesystem (local
// paths, gs://, s3://) and turns each page into the JSON Lines record the
// berita command prints for it; Write writes the records as sharded JSON
// Lines files:
//
//	p, s := beam.NewPipelineWithRoot()
//	records := pipeline.Parse(s, []string{"gs://crawl/2025-08/*.warc.gz"}, pipeline.Options{})
//	pipeline.Write(s, "gs://out/berita", 64, records)
//
// An input is a file: a WARC archive (*.warc, *.warc.gz), whose HTML
// responses are each parsed, or a page (HTML or text, gzipped or not).
// Files are the unit of parallelism: they are spread over the workers, and
// each is read by one, from start to end, with its records parsed as they
// stream by, so that no page is shuffled between workers. A crawl's many
// archives keep every worker busy; a single huge archive is read by one
// worker.
//
// The pipeline counts what became of the inputs in Beam metrics of the
// namespace "berita": parsed, failed, not_articles (pages that are not
// articles, printed with their error), filtered (dropped by Outlets or
// MinWords), skipped (WARC records not parsed: not responses, not HTML, not
// 2xx, or in a Content-Encoding berita cannot decode), and not_pages (files
// of a local folder that are not pages).
package pipeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/warta-id/berita"
	"github.com/warta-id/berita/internal/record"
)

// Options say how the pipeline parses its inputs and which records it
// keeps: the berita command's flags of the same names. Its zero value
// parses every input as the command does with no flags, except that
// relative dates of files are not resolved (see Now).
type Options struct {
	// Format is the format of files that are not WARC archives: "html",
	// "text", or "" or "auto" to tell them by their content.
	Format string
	// Generic ignores berita's outlet table, as Parser.Generic does.
	Generic bool
	// Now is the reference time for relative dates ("2 jam lalu"). A WARC
	// record's is its capture time (WARC-Date) unless NowSet. The command
	// sets it to the time it starts; zero leaves relative dates of files
	// unresolved.
	Now time.Time
	// NowSet makes Now the reference time of WARC records too.
	NowSet bool
	// MaxBytes is the largest page parsed; a larger one fails. Zero means
	// berita.DefaultMaxBytes.
	MaxBytes int64
	// Outlets keeps only the articles whose outlet's name contains one of
	// these words, in any case; empty keeps all.
	Outlets []string
	// MinWords drops the articles with fewer words in their paragraphs.
	MinWords int
	// Fields trims each record's article to these JSON fields (the names
	// berita -h lists); empty keeps them all.
	Fields []string
}

// record returns the options of the records, or an error for an option
// that is not valid.
func (o Options) record() (record.Options, error) {
	ro := record.Options{
		Parser:   berita.Parser{Now: o.Now, MaxBytes: o.MaxBytes, Generic: o.Generic},
		Format:   o.Format,
		MinWords: o.MinWords,
		NowSet:   o.NowSet,
		Outlets:  record.OutletNames(o.Outlets),
	}
	if ro.Parser.MaxBytes == 0 {
		ro.Parser.MaxBytes = berita.DefaultMaxBytes
	}
	switch {
	case o.Format != "" && o.Format != "auto" && o.Format != "html" && o.Format != "text":
		return ro, fmt.Errorf("berita: unknown format %q (want auto, html or text)", o.Format)
	case o.MinWords < 0:
		return ro, fmt.Errorf("berita: MinWords %d: want 0 or more", o.MinWords)
	case o.MaxBytes < 0:
		return ro, fmt.Errorf("berita: MaxBytes %d: want 0 or more", o.MaxBytes)
	}
	if len(o.Fields) > 0 {
		f, err := record.ParseFields(strings.Join(o.Fields, ","))
		if err != nil {
			return ro, fmt.Errorf("berita: fields: %w", err)
		}
		ro.Fields = f
	}
	return ro, nil
}

// Validate reports an option that is not valid, as Parse would find it.
func (o Options) Validate() error {
	_, err := o.record()
	return err
}
