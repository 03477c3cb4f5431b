#ifndef ROLEGRAPH_MEMORY_HINTS_H
#define ROLEGRAPH_MEMORY_HINTS_H

// Cache hints for the graph kernels. Swift has no prefetch of its own; these inline
// wrappers compile to one instruction at the call site.

/// Asks for the cache line holding `address` to be loaded, for reading, without waiting.
/// A hint only: it never faults, whatever the address.
static inline void rg_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// The same, for a line that is about to be written.
static inline void rg_prefetch_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

#endif
