# Fails when a user-visible string in core/, ui/ or app/ has no translation in
# TS_FILE: extracts the strings into a copy of the .ts file, then counts what
# is unfinished. LUPDATE_EXTRA passes more lupdate options (-pluralonly for the
# English plural forms); WRITE_BACK=ON copies the refreshed file over TS_FILE
# first, so new strings can be translated there.
foreach(var LUPDATE LRELEASE TS_FILE WORK_DIR PROJECT_IN PROJECT_SCRIPT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckTranslations.cmake needs -D${var}=...")
  endif()
endforeach()

file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")

# The same project description (sources and include paths) that the
# update_translations target gives lupdate, so contexts resolve identically.
execute_process(
  COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
          -P "${PROJECT_SCRIPT}"
  RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "Preparing the lupdate project failed (${rc}): ${errors}")
endif()

separate_arguments(extra UNIX_COMMAND "${LUPDATE_EXTRA}")
execute_process(
  COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${extra}
          -project "${WORK_DIR}/project.json" -ts "${copy}"
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${errors}")
endif()

execute_process(
  COMMAND "${LRELEASE}" "${copy}" -qm "${WORK_DIR}/check.qm"
  RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lrelease cannot compile ${ts_name} (${rc}): ${output}")
endif()

if(WRITE_BACK)
  file(COPY_FILE "${copy}" "${TS_FILE}")
endif()

# lrelease counts empty translations as "ignored", not "unfinished", so the
# refreshed copy itself is what is counted.
file(READ "${copy}" content)
string(REGEX MATCHALL "<source>" sources "${content}")
string(REGEX MATCHALL "type=\"unfinished\"" pending "${content}")
list(LENGTH sources total)
list(LENGTH pending unfinished)
if(NOT unfinished EQUAL 0)
  file(STRINGS "${copy}" lines)
  set(missing "")
  set(last_source "")
  foreach(line IN LISTS lines)
    if(line MATCHES "<source>(.*)</source>")
      set(last_source "${CMAKE_MATCH_1}")
    elseif(line MATCHES "type=\"unfinished\"")
      string(APPEND missing "\n  ${last_source}")
    endif()
  endforeach()
  message(FATAL_ERROR "${unfinished} of ${total} strings have no finished translation in "
                      "${ts_name}; run `cmake --build <build> --target update_translations` and "
                      "translate:${missing}")
endif()
message(STATUS "${ts_name}: ${total} strings, all translated")
