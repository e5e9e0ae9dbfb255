package record

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/warta-id/berita"
)

// A fileRecord is one line of JSON Lines output for a file: its name and
// either its article or the error that stopped it.
type fileRecord struct {
	File  string `json:"file"`
	Error string `json:"error,omitempty"`
	*berita.Article
}

// A urlRecord is one line of JSON Lines output for a WARC record: the
// address the page was fetched from (its WARC-Target-URI), the record's
// capture time and ID and the HTTP status, then the article, whose url is
// the canonical address the page states.
type urlRecord struct {
	SourceURL    string `json:"source_url"`
	WARCDate     string `json:"warc_date,omitempty"`
	WARCRecordID string `json:"warc_record_id,omitempty"`
	HTTPStatus   int    `json:"http_status,omitempty"`
	Error        string `json:"error,omitempty"`
	*berita.Article
}

// JSON marshals an input's record: its file or provenance, err's message
// and the article a (nil for none), trimmed to o.Fields, on one line ending
// in a newline. indent asks for the indented article alone, without the
// record's fields, as one input on its own prints.
func (o *Options) JSON(in *Input, err error, a *berita.Article, indent bool) ([]byte, error) {
	if o.Fields != nil {
		return o.fieldsJSON(in, err, a, indent)
	}
	var v any = a
	if !indent {
		var msg string
		if err != nil {
			msg = err.Error()
		}
		if w := in.WARC; w != nil {
			v = urlRecord{SourceURL: w.URL, WARCDate: w.Date, WARCRecordID: w.RecordID, HTTPStatus: w.Status, Error: msg, Article: a}
		} else {
			v = fileRecord{File: in.Name, Error: msg, Article: a}
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// An articleField is one of the Article's JSON fields.
type articleField struct {
	name  string
	index int  // in the struct
	omit  bool // omitempty or omitzero: left out when empty
}

// articleFields are the Article's JSON fields, in order.
var articleFields = func() []articleField {
	var fields []articleField
	t := reflect.TypeFor[berita.Article]()
	for i := range t.NumField() {
		name, opts, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			omit := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
			fields = append(fields, articleField{name, i, omit})
		}
	}
	return fields
}()

// Fields returns the names of the Article's JSON fields, in the Article's
// order: the names ParseFields takes.
func Fields() []string {
	names := make([]string, len(articleFields))
	for i, f := range articleFields {
		names[i] = f.name
	}
	return names
}

// FieldList returns Fields joined by ", " and broken into lines of at most
// width bytes at its spaces, as the commands' -h prints them.
func FieldList(width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(strings.Join(Fields(), ", ")) {
		if i > 0 && n+1+len(w) > width {
			b.WriteByte('\n')
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

// ParseFields reads a comma-separated list of the Article's JSON field
// names, as -fields takes it, into Options.Fields. "file" and "error" are
// always printed and may be named too.
func ParseFields(s string) (map[string]bool, error) {
	f := make(map[string]bool)
	for name := range strings.SplitSeq(s, ",") {
		name = strings.TrimSpace(name)
		switch {
		case name == "" || name == "file" || name == "error":
		case slices.ContainsFunc(articleFields, func(af articleField) bool { return af.name == name }):
			f[name] = true
		default:
			return nil, fmt.Errorf("no field %q (want some of %s)", name, strings.Join(Fields(), ","))
		}
	}
	return f, nil
}

// isEmpty reports whether encoding/json leaves a field out under
// omitempty or omitzero.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.String, reflect.Array:
		return v.Len() == 0
	}
	return v.IsZero()
}

// fieldsJSON marshals a record with the article's fields trimmed to
// o.Fields, in the Article's order. Each field is marshalled on its own,
// which prints it exactly as it prints in the whole Article.
func (o *Options) fieldsJSON(in *Input, rerr error, a *berita.Article, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	add := func(key string, v any) error {
		b, err := marshal(v)
		if err != nil {
			return err
		}
		if buf.Len() > 1 {
			buf.WriteByte(',')
		}
		fmt.Fprintf(&buf, "%q:", key)
		buf.Write(b)
		return nil
	}
	if !indent {
		if w := in.WARC; w != nil {
			add("source_url", w.URL)
			if w.Date != "" {
				add("warc_date", w.Date)
			}
			if w.RecordID != "" {
				add("warc_record_id", w.RecordID)
			}
			if w.Status != 0 {
				add("http_status", w.Status)
			}
		} else {
			add("file", in.Name)
		}
		if rerr != nil {
			add("error", rerr.Error())
		}
	}
	if a != nil {
		v := reflect.ValueOf(a).Elem()
		for _, f := range articleFields {
			fv := v.Field(f.index)
			if !o.Fields[f.name] || f.omit && isEmpty(fv) {
				continue
			}
			if err := add(f.name, fv.Interface()); err != nil {
				return nil, err
			}
		}
	}
	buf.WriteByte('}')
	out := buf.Bytes()
	if indent {
		var ind bytes.Buffer
		if err := json.Indent(&ind, out, "", "  "); err != nil {
			return nil, err
		}
		out = ind.Bytes()
	}
	return append(out, '\n'), nil
}

// marshal is json.Marshal without the escaping of <, > and & for HTML,
// which article text is full of.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
