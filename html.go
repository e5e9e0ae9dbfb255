package berita

import (
	"errors"
	"io"
)

// ParseHTML parses an article page read from r.
func (p *Parser) ParseHTML(r io.Reader) (*Article, error) {
	return nil, errors.New("berita: HTML input is not supported yet")
}
