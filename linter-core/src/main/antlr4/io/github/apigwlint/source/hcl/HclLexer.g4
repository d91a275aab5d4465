/*
 * Terraform's HCL native syntax, as far as apigw-lint reads it: blocks, attributes and every
 * expression form, so that a file parses whole; what the expressions mean is decided later.
 * Newlines are not significant here: an attribute ends where its expression can go no further.
 */
lexer grammar HclLexer;

tokens { INTERPOLATION_END }

@members {
  /** Brace depth at each open ${ or %{, so the } that closes it leaves the expression. */
  private final java.util.ArrayDeque<Integer> templateDepths = new java.util.ArrayDeque<>();
  private int braceDepth;

  private void openTemplateExpression() {
    templateDepths.push(braceDepth);
    pushMode(DEFAULT_MODE);
  }

  private void closeBrace() {
    if (!templateDepths.isEmpty() && templateDepths.peek() == braceDepth) {
      templateDepths.pop();
      setType(INTERPOLATION_END);
      popMode();
    } else {
      braceDepth--;
    }
  }

  /** Reads a heredoc's body up to and including its closing marker line; the marker stays in the token. */
  private void readHeredocBody() {
    String opening = getText();
    String marker = opening.replaceFirst("^<<-?", "").trim();
    StringBuilder line = new StringBuilder();
    while (_input.LA(1) != org.antlr.v4.runtime.IntStream.EOF) {
      int c = _input.LA(1);
      if (c == '\n') {
        if (line.toString().trim().equals(marker)) {
          return;
        }
        line.setLength(0);
      } else {
        line.append((char) c);
      }
      getInterpreter().consume(_input);
    }
    if (!line.toString().trim().equals(marker)) {
      throw new org.antlr.v4.runtime.LexerNoViableAltException(this, _input, _tokenStartCharIndex, null);
    }
  }
}

HEREDOC : '<<' '-'? [A-Za-z_] [A-Za-z0-9_-]* [ \t]* '\r'? '\n' { readHeredocBody(); } ;

LBRACE : '{' { braceDepth++; } ;
RBRACE : '}' { closeBrace(); } ;
LBRACKET : '[' ;
RBRACKET : ']' ;
LPAREN : '(' ;
RPAREN : ')' ;

FOR : 'for' ;
IN : 'in' ;
IF : 'if' ;

NUMBER : [0-9]+ ('.' [0-9]+)? ([eE] [+-]? [0-9]+)? ;
IDENTIFIER : [\p{L}_] [\p{L}\p{N}_-]* ;

ARROW : '=>' ;
EQ : '==' ;
NEQ : '!=' ;
LE : '<=' ;
GE : '>=' ;
AND : '&&' ;
OR : '||' ;
ASSIGN : '=' ;
LT : '<' ;
GT : '>' ;
NOT : '!' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
QUESTION : '?' ;
COLON : ':' ;
DOUBLE_COLON : '::' ;
ELLIPSIS : '...' ;
DOT : '.' ;
COMMA : ',' ;

QUOTE_OPEN : '"' -> pushMode(TEMPLATE) ;

LINE_COMMENT : ('#' | '//') ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
WHITESPACE : [ \t\r\n]+ -> skip ;

mode TEMPLATE;

QUOTE_CLOSE : '"' -> popMode ;
ESCAPED_INTERPOLATION : '$${' ;
ESCAPED_DIRECTIVE : '%%{' ;
INTERPOLATION_START : '${' '~'? { openTemplateExpression(); } ;
DIRECTIVE_START : '%{' '~'? { openTemplateExpression(); } ;
TEMPLATE_TEXT : (~["\\$%\r\n] | '\\' ~[\r\n])+ ;
TEMPLATE_DOLLAR : '$' ;
TEMPLATE_PERCENT : '%' ;

/*
 * A template without quotes: a heredoc's body, a string of Terraform's JSON syntax. Quotes and line
 * breaks are text and backslashes are not escapes; the lexer starts here for those.
 */
mode BARE_TEMPLATE;

BARE_ESCAPED_INTERPOLATION : '$${' -> type(ESCAPED_INTERPOLATION) ;
BARE_ESCAPED_DIRECTIVE : '%%{' -> type(ESCAPED_DIRECTIVE) ;
BARE_INTERPOLATION_START : '${' '~'? { openTemplateExpression(); setType(INTERPOLATION_START); } ;
BARE_DIRECTIVE_START : '%{' '~'? { openTemplateExpression(); setType(DIRECTIVE_START); } ;
BARE_TEXT : ~[$%]+ ;
BARE_DOLLAR : '$' -> type(TEMPLATE_DOLLAR) ;
BARE_PERCENT : '%' -> type(TEMPLATE_PERCENT) ;
