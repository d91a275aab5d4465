/* Terraform's HCL native syntax; see HclLexer. */
parser grammar HclParser;

options { tokenVocab = HclLexer; }

configFile : body EOF ;

/* A heredoc's body or a JSON-syntax string, lexed from mode BARE_TEMPLATE. */
bareTemplate : templatePart* EOF ;

body : (attribute | block)* ;

attribute : identifier ASSIGN expression ;

block : identifier blockLabel* LBRACE body RBRACE ;

blockLabel : templateString | identifier ;

expression
  : exprTerm                                                        # termExpression
  | (MINUS | NOT) expression                                        # unaryExpression
  | expression (STAR | SLASH | PERCENT) expression                  # binaryExpression
  | expression (PLUS | MINUS) expression                            # binaryExpression
  | expression (LT | GT | LE | GE) expression                       # binaryExpression
  | expression (EQ | NEQ) expression                                # binaryExpression
  | expression AND expression                                       # binaryExpression
  | expression OR expression                                        # binaryExpression
  | <assoc = right> expression QUESTION expression COLON expression # conditionalExpression
  ;

exprTerm
  : NUMBER                                          # numberTerm
  | templateString                                  # templateTerm
  | HEREDOC                                         # heredocTerm
  | functionCall                                    # callTerm
  | identifier                                      # variableTerm
  | forTuple                                        # forTupleTerm
  | forObject                                       # forObjectTerm
  | tuple                                           # tupleTerm
  | object                                          # objectTerm
  | LPAREN expression RPAREN                        # parenthesisTerm
  | exprTerm LBRACKET expression RBRACKET           # indexTerm
  | exprTerm DOT (identifier | NUMBER)              # attributeTerm
  | exprTerm (DOT STAR | LBRACKET STAR RBRACKET)    # splatTerm
  ;

functionCall : identifier (DOUBLE_COLON identifier)* LPAREN (expression (COMMA expression)* COMMA? ELLIPSIS?)? RPAREN ;

tuple : LBRACKET (expression (COMMA expression)* COMMA?)? RBRACKET ;

object : LBRACE (objectElement COMMA?)* RBRACE ;

objectElement : expression (ASSIGN | COLON) expression ;

forTuple : LBRACKET FOR identifier (COMMA identifier)? IN expression COLON expression (IF expression)? RBRACKET ;

forObject : LBRACE FOR identifier (COMMA identifier)? IN expression COLON expression ARROW expression ELLIPSIS? (IF expression)? RBRACE ;

templateString : QUOTE_OPEN templatePart* QUOTE_CLOSE ;

templatePart
  : TEMPLATE_TEXT                                   # textPart
  | BARE_TEXT                                       # bareTextPart
  | (TEMPLATE_DOLLAR | TEMPLATE_PERCENT)            # textPart
  | (ESCAPED_INTERPOLATION | ESCAPED_DIRECTIVE)     # escapedPart
  | INTERPOLATION_START expression INTERPOLATION_END # interpolationPart
  | DIRECTIVE_START (~INTERPOLATION_END)* INTERPOLATION_END # directivePart
  ;

identifier : IDENTIFIER | FOR | IN | IF ;
