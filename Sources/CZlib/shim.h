#ifndef ROLEGRAPH_CZLIB_SHIM_H
#define ROLEGRAPH_CZLIB_SHIM_H
#include <zlib.h>
#endif
