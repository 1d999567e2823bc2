META
key;value
description;Budżet Obywatelski 2023 "dzielnica" (style of pabulib Poland files)
country;Poland
unit;Warszawa
subunit;Dzielnica 4
instance;2023
num_projects;8
num_votes;57
budget;400000,00
vote_type;approval
rule;greedy
date_begin;01.06.2022
date_end;30.06.2022
min_length;1
max_length;15
language;polish
edition;10
PROJECTS
project_id;cost;votes;name;category;target;selected
BO.D4.7/23;48000;12;"Zielony skwer ""Pod Lipami""";public space,education;seniors,children;0
BO.D4.12/23;120000;22;"Ścieżka rowerowa; etap II";public space,education;seniors,children;1
BO.D4.3/23;30000;19;Ławki przy stawie;public space,education;seniors,children;0
BO.D4.15/23;95000;20;Plac zabaw Nord;public space,education;seniors,children;0
BO.D4.1/23;30000;19;Kino plenerowe;public space,education;seniors,children;0
BO.D4.22/23;210000;19;Boisko wielofunkcyjne;public space,education;seniors,children;0
BO.D4.9/23;15500.5;17;Książki dla biblioteki;public space,education;seniors,children;1
BO.D4.10/23;15500.5;21;Warsztaty dla seniorów;public space,education;seniors,children;1
VOTES
voter_id;age;sex;voting_method;vote
1000;48;M;internet;BO.D4.3/23,BO.D4.22/23,BO.D4.1/23,BO.D4.10/23
1001;62;F;internet;BO.D4.9/23,BO.D4.10/23
1002;78;M;internet;BO.D4.15/23,BO.D4.22/23,BO.D4.9/23
1003;none;M;internet;BO.D4.22/23,BO.D4.15/23,BO.D4.1/23,BO.D4.10/23
1004;62;none;internet;BO.D4.1/23,BO.D4.10/23
1005;none;M;internet;BO.D4.12/23,BO.D4.22/23,BO.D4.10/23
1006;none;F;internet;BO.D4.3/23,BO.D4.1/23,BO.D4.12/23,BO.D4.15/23
1007;none;F;internet;BO.D4.22/23
1008;none;M;internet;BO.D4.10/23,BO.D4.7/23,BO.D4.22/23,BO.D4.12/23
1009;29;M;internet;BO.D4.9/23,BO.D4.3/23,BO.D4.10/23
1010;50;none;internet;BO.D4.22/23,BO.D4.15/23
1011;none;M;internet;BO.D4.22/23,BO.D4.1/23,BO.D4.12/23,BO.D4.15/23
1012;none;M;internet;BO.D4.15/23,BO.D4.7/23
1013;64;F;internet;BO.D4.7/23,BO.D4.9/23
1014;none;none;internet;BO.D4.22/23,BO.D4.9/23,BO.D4.1/23
1015;53;none;internet;BO.D4.12/23,BO.D4.3/23,BO.D4.22/23,BO.D4.1/23
1016;61;none;internet;BO.D4.15/23,BO.D4.10/23
1017;30;F;internet;BO.D4.3/23,BO.D4.12/23,BO.D4.10/23
1018;52;none;internet;BO.D4.3/23,BO.D4.10/23,BO.D4.15/23,BO.D4.1/23
1019;none;M;internet;BO.D4.22/23,BO.D4.10/23,BO.D4.9/23
1020;none;F;internet;BO.D4.3/23,BO.D4.22/23,BO.D4.9/23,BO.D4.12/23
1021;75;F;internet;BO.D4.15/23,BO.D4.1/23,BO.D4.22/23
1022;40;none;internet;BO.D4.12/23
1023;none;F;internet;BO.D4.7/23,BO.D4.12/23
1024;none;F;internet;BO.D4.15/23,BO.D4.3/23,BO.D4.12/23,BO.D4.7/23
1025;none;none;internet;BO.D4.1/23,BO.D4.12/23
1026;56;none;internet;BO.D4.1/23,BO.D4.15/23,BO.D4.10/23,BO.D4.9/23
1027;none;M;internet;BO.D4.15/23,BO.D4.9/23,BO.D4.7/23,BO.D4.3/23
1028;none;F;internet;BO.D4.1/23,BO.D4.12/23,BO.D4.10/23
1029;51;M;internet;BO.D4.12/23,BO.D4.15/23,BO.D4.10/23
1030;82;none;internet;BO.D4.9/23,BO.D4.12/23
1031;none;F;internet;BO.D4.22/23,BO.D4.3/23
1032;none;none;internet;BO.D4.9/23
1033;none;none;internet;BO.D4.12/23
1034;none;F;internet;BO.D4.7/23,BO.D4.1/23
1035;none;M;internet;BO.D4.15/23,BO.D4.22/23
1036;none;none;internet;BO.D4.3/23
1037;none;F;internet;BO.D4.10/23,BO.D4.1/23
1038;none;none;internet;BO.D4.3/23,BO.D4.7/23
1039;76;M;internet;BO.D4.12/23,BO.D4.9/23
1040;none;M;internet;BO.D4.12/23
1041;none;none;internet;BO.D4.22/23,BO.D4.7/23
1042;none;M;internet;BO.D4.1/23
1043;none;F;internet;BO.D4.3/23
1044;33;none;internet;BO.D4.12/23
1045;none;F;internet;BO.D4.15/23,BO.D4.22/23
1046;68;none;internet;BO.D4.10/23,BO.D4.12/23
1047;none;M;internet;BO.D4.22/23,BO.D4.3/23,BO.D4.10/23,BO.D4.15/23
1048;51;M;internet;BO.D4.15/23,BO.D4.10/23,BO.D4.1/23,BO.D4.9/23
1049;none;none;internet;BO.D4.3/23,BO.D4.12/23,BO.D4.9/23,BO.D4.10/23
1050;none;none;internet;BO.D4.15/23,BO.D4.9/23,BO.D4.12/23,BO.D4.3/23
1051;32;none;internet;BO.D4.7/23,BO.D4.10/23,BO.D4.3/23,BO.D4.9/23
1052;none;M;internet;BO.D4.9/23,BO.D4.22/23
1053;none;F;internet;BO.D4.15/23
1054;none;F;internet;BO.D4.10/23,BO.D4.1/23,BO.D4.7/23,BO.D4.15/23
1055;83;M;internet;BO.D4.7/23,BO.D4.1/23,BO.D4.3/23
1056;none;F;internet;BO.D4.3/23,BO.D4.12/23,BO.D4.1/23
