@_exported import RoleGraphCore
@_exported import RoleGraphExtract
@_exported import RoleGraphImport
@_exported import RoleGraphExport
@_exported import RoleGraphRender
@_exported import RoleGraphEval
