import Foundation

/// Per-host politeness: a minimum delay between request starts and a cap on
/// requests in flight. Waiting requests are served in arrival order.
actor HostThrottle {
    private struct HostState {
        var nextStart: ContinuousClock.Instant = .now
        var active = 0
        var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, Never>)] = []
        var extraDelay: TimeInterval = 0
    }

    private let minimumDelay: TimeInterval
    private let maximumConcurrency: Int
    private var hosts: [String: HostState] = [:]
    private var nextWaiterID: UInt64 = 0

    init(minimumDelay: TimeInterval, maximumConcurrency: Int) {
        self.minimumDelay = minimumDelay
        self.maximumConcurrency = maximumConcurrency
    }

    /// Raises a host's delay (robots.txt `Crawl-delay`); never lowers it below the policy's.
    func setCrawlDelay(_ delay: TimeInterval, for host: String) {
        hosts[host, default: HostState()].extraDelay = delay
    }

    /// The delay in force between request starts to `host`.
    func delay(for host: String) -> TimeInterval {
        max(minimumDelay, hosts[host]?.extraDelay ?? 0)
    }

    /// Waits for a slot and for the host's delay; returns `false` if the task
    /// was cancelled meanwhile (no slot is then held).
    func acquire(_ host: String) async -> Bool {
        while hosts[host, default: HostState()].active >= maximumConcurrency {
            nextWaiterID += 1
            let id = nextWaiterID
            await withTaskCancellationHandler {
                await withCheckedContinuation { continuation in
                    hosts[host, default: HostState()].waiters.append((id, continuation))
                }
            } onCancel: {
                Task { await self.wakeCancelled(id, host: host) }
            }
            if Task.isCancelled { return false }
        }
        let now = ContinuousClock.now
        var state = hosts[host, default: HostState()]
        let start = max(now, state.nextStart)
        state.nextStart = start + .seconds(delay(for: host))
        state.active += 1
        hosts[host] = state
        if start > now {
            do {
                try await Task.sleep(until: start, clock: .continuous)
            } catch {
                release(host)
                return false
            }
        }
        return true
    }

    /// Frees a slot taken by ``acquire(_:)``.
    func release(_ host: String) {
        hosts[host]?.active -= 1
        if let waiter = hosts[host]?.waiters.first {
            hosts[host]?.waiters.removeFirst()
            waiter.continuation.resume()
        }
    }

    private func wakeCancelled(_ id: UInt64, host: String) {
        guard let index = hosts[host]?.waiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = hosts[host]!.waiters.remove(at: index)
        waiter.continuation.resume()
    }
}
