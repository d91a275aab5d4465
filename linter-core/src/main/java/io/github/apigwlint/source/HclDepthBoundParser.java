package io.github.apigwlint.source;

import io.github.apigwlint.source.Limits.Limit;
import io.github.apigwlint.source.hcl.HclParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntegerStack;

/**
 * The HCL parser, stopped at the first token that would take the parse tree deeper than {@link
 * Limit#DEPTH} levels: the parser, the tree builder and the evaluator recurse once per level, so a
 * file nested deeper is a {@code limit-exceeded} there, never a stack overflow. A level is a block
 * in a block, an expression in an expression ({@code ((x))}, {@code [[x]]}, {@code !!x}, {@code "${"${x}"}"})
 * and each step of a chain the parser reads in a loop but builds one level deeper ({@code
 * x[0][0]}, {@code a.b.c}, {@code 1 + 1 + 1}). A heredoc's body is parsed while the tree of its
 * file is built, one inside the other: its parse starts at the depth the file's parse reached, and a
 * few levels more.
 */
final class HclDepthBoundParser extends HclParser {

  /**
   * The levels a template parsed while another tree is built counts for on its own: its parser and
   * the builder's way down to it take the stack of several levels.
   */
  private static final long NESTED_PARSE_LEVELS = 4;

  /** The deepest the parses whose trees are being built around this one went. */
  private static final ThreadLocal<Long> ENCLOSING = ThreadLocal.withInitial(() -> 0L);

  private final HclTreeBuilder.Locator locator;
  private final long limit;
  /** The levels each rule being parsed has added, innermost on top. */
  private final IntegerStack added = new IntegerStack();
  private long depth;
  private long deepest;

  HclDepthBoundParser(TokenStream tokens, HclTreeBuilder.Locator locator) {
    super(tokens);
    this.locator = locator;
    this.limit = Budget.limits().get(Limit.DEPTH);
    this.depth = ENCLOSING.get();
    this.deepest = depth;
  }

  /** {@code build} of this parse's tree, the templates parsed inside it starting as deep as this parse went. */
  <T> T building(java.util.function.Supplier<T> build) {
    long outer = ENCLOSING.get();
    ENCLOSING.set(deepest + NESTED_PARSE_LEVELS);
    try {
      return build.get();
    } finally {
      ENCLOSING.set(outer);
    }
  }

  @Override
  public void enterRule(ParserRuleContext context, int state, int rule) {
    super.enterRule(context, state, rule);
    entered(rule);
  }

  @Override
  public void enterRecursionRule(ParserRuleContext context, int state, int rule, int precedence) {
    super.enterRecursionRule(context, state, rule, precedence);
    entered(rule);
  }

  @Override
  public void pushNewRecursionContext(ParserRuleContext context, int state, int rule) {
    super.pushNewRecursionContext(context, state, rule);
    added.push(added.pop() + 1);
    deeper(1);
  }

  @Override
  public void exitRule() {
    left();
    super.exitRule();
  }

  @Override
  public void unrollRecursionContexts(ParserRuleContext parent) {
    left();
    super.unrollRecursionContexts(parent);
  }

  private void entered(int rule) {
    Budget.checkTime();
    int levels = rule == RULE_expression || rule == RULE_block ? 1 : 0;
    added.push(levels);
    deeper(levels);
  }

  private void left() {
    depth -= added.pop();
  }

  private void deeper(int levels) {
    depth += levels;
    deepest = Math.max(deepest, depth);
    if (depth > limit) {
      throw new LimitExceeded(Limit.DEPTH, limit, "HCL nesting", locator.at(getCurrentToken()));
    }
  }
}
