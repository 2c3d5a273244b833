/**
 * Readability with cheaper versions of a few of its internals. On linkedom these took much of its time without
 * deciding anything we keep: the text it returns is the same as the original's.
 */
import type { Readability } from '@mozilla/readability'
import { byTags, type El } from './html-clean.js'

type ReadabilityCtor = typeof Readability

/** The DOM calls made below beyond El (linkedom implements them). */
interface Node extends El {
  firstChild: Node | null
  hasAttribute(name: string): boolean
  className?: string
  appendChild(child: Node): void
  replaceChild(child: Node, old: Node): void
}

/**
 * Inline style as linkedom's `element.style` reads it (rules split at ";", name and value at the first ":",
 * both trimmed, a later rule winning), so the visibility test below decides exactly as Readability's.
 */
function styleValue(style: string, name: string): string {
  let value = ''
  for (const rule of style.split(/\s*;\s*/)) {
    const colon = rule.indexOf(':')
    if (colon < 0 || rule.slice(0, colon).trim() !== name) continue
    const v = rule.slice(colon + 1).trim()
    if (v) value = v
  }
  return value
}

/** The subclass over the (lazily loaded) Readability class. */
export function fastReadability(Base: ReadabilityCtor) {
  return class FastReadability extends Base<El> {
    /**
     * Readability asks for elements by tag name dozens of times a page through querySelectorAll("a,b"), and
     * linkedom compiles that selector with css-select on every call. A tag-name walk in document order gives
     * the same list (linkedom's getElementsByTagName is a static list too, not a live one).
     */
    _getAllNodesWithTag(node: El, tagNames: string[]): ArrayLike<El> {
      if (tagNames.length === 1) return node.getElementsByTagName(tagNames[0]!)
      return byTags(node, new Set(tagNames.map((t) => t.toLowerCase())))
    }

    /**
     * Same test as Readability's, reading the style attribute as a string: going through `element.style`
     * builds a CSSStyleDeclaration proxy for every element of the page.
     */
    _isProbablyVisible(node: Node): boolean {
      const style = node.getAttribute('style')
      if (style && (styleValue(style, 'display') === 'none' || styleValue(style, 'visibility') === 'hidden')) return false
      return (
        !node.hasAttribute('hidden') &&
        // Readability keeps aria-hidden "fallback-image" elements (Wikipedia's math images)
        (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') !== 'true' || !!node.className?.includes('fallback-image'))
      )
    }

    /** Readability strips style and presentational attributes for display; we read only the text, so it is skipped. */
    _cleanStyles(): void {}

    /**
     * Readability makes every link and image URL absolute for display (a URL parse each, and linkedom looks up
     * <base> with a selector); we keep only the text. Its other step stays, as it changes what is a link for the
     * link-density rules: a javascript: link becomes plain content.
     */
    _fixRelativeUris(articleContent: El): void {
      const doc = (this as unknown as { _doc: { createElement(tag: string): Node } })._doc
      for (const link of Array.from(articleContent.getElementsByTagName('a')) as Node[]) {
        const parent = link.parentNode as Node | null
        if (!parent || !link.getAttribute('href')?.startsWith('javascript:')) continue
        const span = doc.createElement('span')
        while (link.firstChild) span.appendChild(link.firstChild)
        parent.replaceChild(span, link)
      }
    }
  }
}
