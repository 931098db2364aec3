/// A run of values that only grows, read through a pointer: what a `YAMLDocument` is built
/// in and then read from.
///
/// An array would do, at a cost per node that shows in every load: each append checks that
/// the array is uniquely referenced, and each read through `withUnsafeBufferPointer` retains
/// and releases it. Here appending is a capacity check and a copy, and reading retains nothing.
final class AppendOnlyBuffer<Element> {
    private var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Valid until the next append; once the buffer is complete, for as long as it lives.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    func append(_ element: Element) {
        reserve(1)
        (base + count).initialize(to: element)
        count += 1
    }

    func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, elements.count > 0 else { return }
        reserve(elements.count)
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "removing more than the buffer holds")
        count -= k
        (base + count).deinitialize(count: k)
    }

    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let newCapacity = max(2 * capacity, count + extra)
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
