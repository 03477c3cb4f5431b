#ifndef ROLEGRAPH_CGRAPHVIZ_SHIM_H
#define ROLEGRAPH_CGRAPHVIZ_SHIM_H
// One header over the system's Graphviz. Swift 6 rejects the mutable C globals that
// describe graph kinds, so they are handed out by value from inline functions, and
// cgraph's `char *` parameters get `const char *` wrappers (cgraph copies the strings).
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

static inline Agdesc_t rg_directed(void) { return Agdirected; }
static inline Agdesc_t rg_undirected(void) { return Agundirected; }
static inline Agdesc_t rg_strictdirected(void) { return Agstrictdirected; }

#endif
