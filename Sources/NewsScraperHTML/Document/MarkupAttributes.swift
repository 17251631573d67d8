/// The attributes that say what an element is for — `id`, `class`, `role`, `style`, `hidden`,
/// `aria-hidden`, `itemprop`, `rel` — found in one pass over its attributes.
///
/// Walks that judge every element (chrome classification, the byline search) read several of
/// these, and looking each up by name walked the element's attributes (hrefs, srcs, data-*) once
/// per name. Each is the element's first attribute of that name, ignoring ASCII case, as
/// ``HTMLNode/attribute(_:)`` finds it. Valid while the element's document lives.
package struct MarkupAttributes {
    package var id: HTMLAttribute?
    package var classList: HTMLAttribute?
    package var role: HTMLAttribute?
    package var style: HTMLAttribute?
    package var hidden: HTMLAttribute?
    package var ariaHidden: HTMLAttribute?
    package var itemprop: HTMLAttribute?
    package var rel: HTMLAttribute?

    /// Inlinable so that the walks calling it for every element compile it into their own module,
    /// as they did the per-module copies it replaced (callgrind: 9 M instructions over the AEB pages).
    @inlinable
    package init(_ node: HTMLNode) {
        node.forEachAttribute { attribute in
            let name = attribute.nameUTF8
            // Dispatched on the length first: most attributes (href, src, data-*) match none.
            switch name.count {
            case 2: if id == nil, HTMLAttribute.name(name, equals: "id") { id = attribute }
            case 3: if rel == nil, HTMLAttribute.name(name, equals: "rel") { rel = attribute }
            case 4: if role == nil, HTMLAttribute.name(name, equals: "role") { role = attribute }
            case 5:
                if classList == nil, HTMLAttribute.name(name, equals: "class") {
                    classList = attribute
                } else if style == nil, HTMLAttribute.name(name, equals: "style") {
                    style = attribute
                }
            case 6: if hidden == nil, HTMLAttribute.name(name, equals: "hidden") { hidden = attribute }
            case 8: if itemprop == nil, HTMLAttribute.name(name, equals: "itemprop") { itemprop = attribute }
            case 11: if ariaHidden == nil, HTMLAttribute.name(name, equals: "aria-hidden") { ariaHidden = attribute }
            default: break
            }
        }
    }
}
